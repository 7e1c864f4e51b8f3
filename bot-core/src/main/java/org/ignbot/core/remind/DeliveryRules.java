package org.ignbot.core.remind;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits of one delivery.
 *
 * @param sendTimeout how long a messenger may take before the send's outcome counts as unknown
 * @param maxRetryAfterWait a Retry-After up to this long is waited out in place; a longer one sends
 *     the message back to be tried when the window ends
 * @param noticeMaxAge a change notice not sent by then is dropped
 * @param staleAfter a claim still "sending" this old is taken for dead (its sender died)
 */
public record DeliveryRules(
    Duration sendTimeout, Duration maxRetryAfterWait, Duration noticeMaxAge, Duration staleAfter) {
  public DeliveryRules {
    Objects.requireNonNull(sendTimeout);
    Objects.requireNonNull(maxRetryAfterWait);
    Objects.requireNonNull(noticeMaxAge);
    Objects.requireNonNull(staleAfter);
    if (sendTimeout.isNegative() || sendTimeout.isZero()) {
      throw new IllegalArgumentException("the send time-out must be positive");
    }
  }
}
