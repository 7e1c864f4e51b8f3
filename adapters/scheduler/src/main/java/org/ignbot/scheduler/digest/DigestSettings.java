package org.ignbot.scheduler.digest;

import java.time.Duration;
import java.util.Objects;

/**
 * How the digest runner runs.
 *
 * @param name this instance's name in the scheduler table
 * @param tickInterval how often due digests are looked for (a digest comes at most this late)
 * @param pollInterval how often the scheduler table is checked for the tick
 * @param heartbeat how often an instance says its tick is alive; one silent for four heartbeats is
 *     taken over
 * @param sendWithin a digest not sent this long after its time is not sent (the instances were all
 *     down): "the week ahead" read on Monday evening is still useful, on Tuesday less so
 */
public record DigestSettings(
    String name,
    Duration tickInterval,
    Duration pollInterval,
    Duration heartbeat,
    Duration sendWithin) {
  public DigestSettings {
    Objects.requireNonNull(name);
    if (tickInterval.isNegative() || tickInterval.isZero()) {
      throw new IllegalArgumentException("the digest tick needs an interval");
    }
  }

  public static DigestSettings defaults(String name) {
    return new DigestSettings(
        name,
        Duration.ofMinutes(1),
        Duration.ofSeconds(10),
        Duration.ofSeconds(10),
        Duration.ofHours(12));
  }

  public DigestSettings withPollInterval(Duration poll) {
    return new DigestSettings(name, tickInterval, poll, heartbeat, sendWithin);
  }
}
