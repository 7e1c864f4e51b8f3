package org.ignbot.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.mail.MailMessage;
import org.ignbot.core.mail.MailSender;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * E-mail as a messenger. Each message is {@code multipart/alternative}: the text, the same as HTML,
 * and for an invitation a {@code text/calendar; method=...} part (iMIP, RFC 6047). Each carries the
 * address's unsubscribe link in its text and as {@code List-Unsubscribe} with {@code
 * List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058). The server's answers become
 * delivery results ({@link SmtpAnswers}); a send never throws.
 */
public final class MailMessenger implements Messenger, MailSender {
  private final JavaMailSender mail;
  private final InternetAddress from;
  private final String fromDomain;
  private final Function<MailAddress, Optional<URI>> unsubscribeLinks;
  private final TextRenderer renderer = new TextRenderer();
  private final Clock clock;

  /**
   * @param from the sender address ({@code ign.mail.from}), also the invitations' organizer
   * @param unsubscribeLinks the link that unsubscribes an address, for messages from the chat side;
   *     empty for an address that is not a confirmed subscriber, which gets nothing from that side
   */
  public MailMessenger(
      JavaMailSender mail,
      MailAddress from,
      Function<MailAddress, Optional<URI>> unsubscribeLinks,
      Clock clock) {
    this.mail = Objects.requireNonNull(mail);
    this.clock = Objects.requireNonNull(clock);
    try {
      this.from = new InternetAddress(from.value(), "IGN Bot", StandardCharsets.UTF_8.name());
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is always there", e);
    }
    this.fromDomain = from.domain();
    this.unsubscribeLinks = Objects.requireNonNull(unsubscribeLinks);
  }

  @Override
  public String platform() {
    return MailMessage.PLATFORM;
  }

  @Override
  public DeliveryResult send(Recipient recipient, Reply message) {
    if (!recipient.platform().equals(platform())) {
      return new DeliveryResult.Refused("not an e-mail recipient: " + recipient.platform());
    }
    if (recipient.kind() != Recipient.Kind.DIRECT_MESSAGE) {
      return new DeliveryResult.Refused("e-mail has no channels");
    }
    MailAddress address;
    try {
      address = new MailAddress(recipient.id());
    } catch (IllegalArgumentException e) {
      return new DeliveryResult.Refused("not an e-mail address");
    }
    // Only a confirmed address that is not paused gets messages from the chat side (a digest).
    Optional<URI> unsubscribe = unsubscribeLinks.apply(address);
    if (unsubscribe.isEmpty()) {
      return new DeliveryResult.Refused("the address is not a confirmed subscriber");
    }
    String subject = message.title().isBlank() ? "IGN Bot" : message.title();
    return send(
        new MailMessage(address, subject, renderer.render(message), Optional.empty(), unsubscribe));
  }

  @Override
  public DeliveryResult send(MailMessage message) {
    MimeMessage mime;
    try {
      mime = compose(message);
    } catch (MessagingException | RuntimeException e) {
      return new DeliveryResult.Refused("the message cannot be written: " + e.getMessage());
    }
    try {
      mail.send(mime);
      return new DeliveryResult.Delivered(mime.getMessageID());
    } catch (RuntimeException | MessagingException e) {
      return SmtpAnswers.result(e);
    }
  }

  private MimeMessage compose(MailMessage message) throws MessagingException {
    MimeMessage mime = mail.createMimeMessage();
    mime.setFrom(from);
    mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to().value()));
    mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
    mime.setSentDate(Date.from(clock.instant()));
    mime.setHeader("Auto-Submitted", "auto-generated");
    String text = message.text();
    String html = Html.of(message.text());
    if (message.unsubscribe().isPresent()) {
      URI link = message.unsubscribe().get();
      mime.setHeader("List-Unsubscribe", "<" + link + ">");
      mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      text += "\n\n-- \nIGN Bot. Stop these messages: " + link + "\n";
      html = html.replace("</body>", Html.footer(link) + "</body>");
    }
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(part(text, "text/plain; charset=UTF-8"));
    alternative.addBodyPart(part(html, "text/html; charset=UTF-8"));
    if (message.calendar().isPresent()) {
      MailMessage.CalendarPart calendar = message.calendar().get();
      alternative.addBodyPart(
          part(calendar.text(), "text/calendar; charset=UTF-8; method=" + calendar.method()));
    }
    mime.setContent(alternative);
    mime.saveChanges();
    // Jakarta Mail names the local host (@localhost in a container), which spam filters score;
    // the sender's domain is the one this message is sent as. Spring keeps a Message-ID set here.
    mime.setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + fromDomain + ">");
    return mime;
  }

  private static MimeBodyPart part(String content, String type) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setContent(content, type);
    // Quoted-printable keeps the CRLF line ends calendars need and lines short for every relay.
    part.setHeader("Content-Transfer-Encoding", "quoted-printable");
    return part;
  }

  /** A passing failure without a server's delay: the caller's backoff decides. */
  static DeliveryResult retryLater(String reason) {
    return new DeliveryResult.RetryLater(Duration.ZERO, reason);
  }
}
