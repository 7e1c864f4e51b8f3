package org.ignbot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.MessengerContract;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The mail messenger against GreenMail, behind a gate that refuses and fails on demand. */
class MailMessengerContractTests extends MessengerContract {
  @RegisterExtension static final GreenMailExtension greenMail = GreenMailServer.extension();

  private SmtpGate gate;
  private MailMessenger messenger;

  @BeforeEach
  void start() throws IOException {
    gate = new SmtpGate(greenMail.getSmtp().getPort());
    messenger =
        new MailMessenger(
            GreenMailServer.senderThrough(gate),
            new MailAddress("ign-bot@bot.example"),
            address ->
                address.value().startsWith("unconfirmed@")
                    ? Optional.empty()
                    : Optional.of(URI.create("https://ign.example.org/mail/unsubscribe?token=t")),
            java.time.Clock.systemUTC());
  }

  @AfterEach
  void stop() throws IOException {
    gate.close();
  }

  @Override
  protected Messenger messenger() {
    return messenger;
  }

  @Override
  protected Recipient directMessage() {
    return new Recipient("mail", "mail", Recipient.Kind.DIRECT_MESSAGE, "delegate@mission.example");
  }

  @Override
  protected Optional<Recipient> channel() {
    return Optional.empty();
  }

  /** SMTP has no rate limit with a delay; the invitations' own limit is per domain. */
  @Override
  protected boolean rateLimitNextSend(Recipient recipient, Duration retryAfter) {
    return false;
  }

  @Override
  protected Recipient refusedForGood() {
    gate.refuse("gone@mission.example");
    return new Recipient("mail", "mail", Recipient.Kind.DIRECT_MESSAGE, "gone@mission.example");
  }

  @Override
  protected void breakNextSend(Recipient recipient) {
    gate.dropNext();
  }

  @Override
  protected int platformCalls() {
    return gate.connections();
  }

  @Test
  void anAddressThatIsNotAConfirmedSubscriberGetsNothingFromTheChatSide() {
    Recipient unconfirmed =
        new Recipient("mail", "mail", Recipient.Kind.DIRECT_MESSAGE, "unconfirmed@mission.example");

    DeliveryResult result = messenger.send(unconfirmed, Reply.ok().title("The week ahead").build());

    assertThat(result).isInstanceOf(DeliveryResult.Refused.class);
    assertThat(gate.connections()).isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }
}
