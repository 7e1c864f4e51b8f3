package org.ignbot.core.notify;

import java.time.Duration;
import java.util.Objects;

/** How a send went: delivered, to try again later, or refused for good. */
public sealed interface DeliveryResult {

  /** The platform took the message. */
  record Delivered(String messageId) implements DeliveryResult {
    public Delivered {
      Objects.requireNonNull(messageId);
    }
  }

  /**
   * A passing failure (rate limit, time-out, server error). {@code retryAfter} is the platform's
   * Retry-After when it gave one, else zero: the caller's backoff decides.
   */
  record RetryLater(Duration retryAfter, String reason) implements DeliveryResult {
    public RetryLater {
      Objects.requireNonNull(retryAfter);
      Objects.requireNonNull(reason);
    }
  }

  /** The platform refuses this recipient for good (user gone, direct messages closed). */
  record Refused(String reason) implements DeliveryResult {
    public Refused {
      Objects.requireNonNull(reason);
    }
  }
}
