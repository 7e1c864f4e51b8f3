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
 */
public record DigestSubscription(
    Recipient recipient, Frequency frequency, Optional<ZoneId> zone, Instant since) {
  public DigestSubscription {
    Objects.requireNonNull(recipient);
    Objects.requireNonNull(frequency);
    Objects.requireNonNull(zone);
    Objects.requireNonNull(since);
  }
}
