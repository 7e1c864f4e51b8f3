package org.ignbot.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.ignbot.core.reply.Reply;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Messenger} does, whatever the platform: a direct message and a channel post are
 * delivered with a message id; a rate limit asks to retry after the platform's delay; a recipient
 * the platform refuses for good is refused; a recipient of another platform is refused without
 * calling anything; and a send never throws. Subclass it with the messenger on a fake of its
 * platform.
 */
public abstract class MessengerContract {

  /** The messenger under test, talking to the fake platform. */
  protected abstract Messenger messenger();

  /** A person the platform accepts direct messages for. */
  protected abstract Recipient directMessage();

  /**
   * A channel the platform accepts posts in; empty for a platform without channels, whose messenger
   * must then refuse every channel.
   */
  protected abstract Optional<Recipient> channel();

  /**
   * Makes the platform answer the next send to {@code recipient} with a rate limit of {@code
   * retryAfter}, and returns true; false for a platform that never limits (its messenger must then
   * deliver every message of a burst).
   */
  protected abstract boolean rateLimitNextSend(Recipient recipient, Duration retryAfter);

  /** A recipient the platform refuses for good (unknown, closed, gone). */
  protected abstract Recipient refusedForGood();

  /** Makes the platform fail the next send to {@code recipient} in a way it does not document. */
  protected abstract void breakNextSend(Recipient recipient);

  /** How many times the messenger has reached the platform so far. */
  protected abstract int platformCalls();

  /** A reminder as the runner sends it. */
  protected Reply message() {
    return Reply.ok()
        .title("Reminder: 1st IGN Plenary starts in 1 hour")
        .line("Trusteeship Council Chamber, UN Headquarters")
        .build();
  }

  @Test
  void aDirectMessageIsDeliveredWithAMessageId() {
    DeliveryResult result = messenger().send(directMessage(), message());

    assertThat(result)
        .isInstanceOfSatisfying(
            DeliveryResult.Delivered.class, sent -> assertThat(sent.messageId()).isNotBlank());
  }

  @Test
  void aChannelPostIsDeliveredWithAMessageIdOrRefusedWhereThereAreNoChannels() {
    Optional<Recipient> channel = channel();
    Recipient target =
        channel.orElse(
            new Recipient(
                messenger().platform(),
                directMessage().workspace(),
                Recipient.Kind.CHANNEL,
                "general"));
    int before = platformCalls();

    DeliveryResult result = messenger().send(target, message());

    if (channel.isPresent()) {
      assertThat(result)
          .isInstanceOfSatisfying(
              DeliveryResult.Delivered.class, sent -> assertThat(sent.messageId()).isNotBlank());
    } else {
      assertThat(result).isInstanceOf(DeliveryResult.Refused.class);
      assertThat(platformCalls()).isEqualTo(before);
    }
  }

  @Test
  void aRateLimitAsksToRetryAfterThePlatformsDelay() {
    Recipient busy = directMessage();
    if (rateLimitNextSend(busy, Duration.ofSeconds(7))) {
      assertThat(messenger().send(busy, message()))
          .isInstanceOfSatisfying(
              DeliveryResult.RetryLater.class,
              later -> assertThat(later.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
    } else {
      for (int i = 0; i < 50; i++) {
        assertThat(messenger().send(busy, message())).isInstanceOf(DeliveryResult.Delivered.class);
      }
    }
  }

  @Test
  void aRecipientThePlatformRefusesForGoodIsRefused() {
    assertThat(messenger().send(refusedForGood(), message()))
        .isInstanceOfSatisfying(
            DeliveryResult.Refused.class, refused -> assertThat(refused.reason()).isNotBlank());
  }

  @Test
  void aRecipientOfAnotherPlatformIsRefusedWithoutCallingThePlatform() {
    Recipient elsewhere =
        new Recipient(
            "elsewhere-" + messenger().platform(),
            directMessage().workspace(),
            Recipient.Kind.DIRECT_MESSAGE,
            directMessage().id());
    int before = platformCalls();

    DeliveryResult result = messenger().send(elsewhere, message());

    assertThat(result).isInstanceOf(DeliveryResult.Refused.class);
    assertThat(platformCalls()).isEqualTo(before);
  }

  @Test
  void anUnexpectedPlatformFailureIsRetriedLaterNotThrown() {
    Recipient target = directMessage();
    breakNextSend(target);

    // An exception here fails the test as surely as a wrong result.
    assertThat(messenger().send(target, message())).isInstanceOf(DeliveryResult.RetryLater.class);
  }
}
