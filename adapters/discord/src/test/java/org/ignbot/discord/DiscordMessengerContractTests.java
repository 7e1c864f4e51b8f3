package org.ignbot.discord;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.MessengerContract;
import org.ignbot.core.notify.Recipient;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Discord messenger on real JDA against the fake Discord. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordMessengerContractTests extends MessengerContract {
  private static final String DELEGATE = "700000000000000061";

  @RegisterExtension static final ConnectedBot CONNECTED = new ConnectedBot();

  private static FakeDiscord discord() {
    return CONNECTED.discord();
  }

  private static DiscordBot bot() {
    return CONNECTED.bot();
  }

  @Override
  protected Messenger messenger() {
    return bot().messenger();
  }

  @Override
  protected Recipient directMessage() {
    return new Recipient("discord", Payloads.GUILD, Recipient.Kind.DIRECT_MESSAGE, DELEGATE);
  }

  @Override
  protected Optional<Recipient> channel() {
    return Optional.of(
        new Recipient("discord", Payloads.GUILD, Recipient.Kind.CHANNEL, Payloads.CHANNEL));
  }

  @Override
  protected boolean rateLimitNextSend(Recipient recipient, Duration retryAfter) {
    String seconds = String.valueOf(retryAfter.toSeconds());
    discord()
        .failNext(
            "POST",
            messages(recipient),
            429,
            Map.of("Retry-After", seconds, "Via", "1.1 google", "X-RateLimit-Scope", "user"),
            "{\"message\": \"You are being rate limited.\", \"retry_after\": "
                + seconds
                + ".0, \"global\": false}");
    return true;
  }

  @Override
  protected Recipient refusedForGood() {
    String closed = "700000000000000062";
    Recipient recipient =
        new Recipient("discord", Payloads.GUILD, Recipient.Kind.DIRECT_MESSAGE, closed);
    discord()
        .failNext(
            "POST",
            messages(recipient),
            403,
            Map.of(),
            "{\"message\": \"Cannot send messages to this user\", \"code\": 50007}");
    return recipient;
  }

  @Override
  protected void breakNextSend(Recipient recipient) {
    discord()
        .failNext(
            "POST", messages(recipient), 400, Map.of(), "{\"message\": \"Odd\", \"code\": 99999}");
  }

  @Override
  protected int platformCalls() {
    return discord().calls().size();
  }

  /** The fake's direct-message channel of a user is the user's id with a leading 1. */
  private static String messages(Recipient recipient) {
    return "/channels/1" + recipient.id().substring(1) + "/messages";
  }
}
