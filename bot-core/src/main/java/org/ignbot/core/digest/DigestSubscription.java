package org.ignbot.core.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.ignbot.core.notify.Recipient;

/**
 * A digest for one recipient: how often, since when (digests due before are not sent), and for a
 * channel the zone it is timed in (the admin's when they set it up). A person's digest has no zone
 * of its own: it follows their {@code tz}, New York time until they set one.
 *
 * @param pausedBecause why the platform refused the recipient for good, if it did: nothing is sent
 *     until the digest is asked for again
 */
public record DigestSubscription(
    Recipient recipient,
    Frequency frequency,
    Optional<ZoneId> zone,
    Instant since,
    Optional<String> pausedBecause) {
  public DigestSubscription {
    Objects.requireNonNull(recipient);
    Objects.requireNonNull(frequency);
    Objects.requireNonNull(zone);
    Objects.requireNonNull(since);
    Objects.requireNonNull(pausedBecause);
  }

  /** A digest that is not paused. */
  public DigestSubscription(
      Recipient recipient, Frequency frequency, Optional<ZoneId> zone, Instant since) {
    this(recipient, frequency, zone, since, Optional.empty());
  }

  /** Paused: the platform refused the recipient for good. */
  public DigestSubscription paused(String reason) {
    return new DigestSubscription(recipient, frequency, zone, since, Optional.of(reason));
  }
}
