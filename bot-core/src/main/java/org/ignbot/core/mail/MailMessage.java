package org.ignbot.core.mail;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One message to one address: a subject, the readable text (the adapter adds an HTML copy), an
 * optional calendar part for an invitation, and the link that unsubscribes the address (sent in the
 * text and as the {@code List-Unsubscribe} header, RFC 8058).
 */
public record MailMessage(
    MailAddress to,
    String subject,
    String text,
    Optional<CalendarPart> calendar,
    Optional<URI> unsubscribe) {

  /** The platform name of e-mail recipients. */
  public static final String PLATFORM = "mail";

  /** An iMIP calendar part: its METHOD ({@code REQUEST}, {@code CANCEL}) and its text. */
  public record CalendarPart(String method, String text) {
    public CalendarPart {
      Objects.requireNonNull(method);
      Objects.requireNonNull(text);
    }
  }

  public MailMessage {
    Objects.requireNonNull(to);
    Objects.requireNonNull(subject);
    Objects.requireNonNull(text);
    Objects.requireNonNull(calendar);
    Objects.requireNonNull(unsubscribe);
  }
}
