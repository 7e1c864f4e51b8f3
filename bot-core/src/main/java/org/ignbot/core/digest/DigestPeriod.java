package org.ignbot.core.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.Reminder;

/**
 * One digest's time span in the subscriber's zone: sent {@code at} (08:00 local), it lists the
 * meetings that start before the next digest ({@code until}) and the changes published since the
 * one before ({@code since}). Each meeting start and each published change thus falls in exactly
 * one digest of a subscriber, whatever daylight saving does to the offset in between.
 */
public record DigestPeriod(
    Frequency frequency, ZonedDateTime since, ZonedDateTime at, ZonedDateTime until) {
  public DigestPeriod {
    Objects.requireNonNull(frequency);
    if (!since.isBefore(at) || !at.isBefore(until)) {
      throw new IllegalArgumentException("a digest period runs forwards: " + since + " " + until);
    }
  }

  /** The latest digest of {@code frequency} due at or before {@code now} in {@code zone}. */
  public static DigestPeriod latest(Frequency frequency, Instant now, ZoneId zone) {
    ZonedDateTime slot = frequency.on(now.atZone(zone).toLocalDate(), zone);
    if (!frequency.sendsOn(slot.toLocalDate()) || slot.toInstant().isAfter(now)) {
      slot = frequency.before(slot);
    }
    return new DigestPeriod(frequency, frequency.before(slot), slot, frequency.after(slot));
  }

  /** The next digest after this one. */
  public DigestPeriod next() {
    return new DigestPeriod(frequency, at, until, frequency.after(until));
  }

  /**
   * The key of this digest to {@code recipient}, recorded once it is settled: the frequency, the
   * local day it is for, and a hash of the recipient. A zone changed mid-week keeps the day.
   */
  public String key(Recipient recipient) {
    return "digest:"
        + frequency.word()
        + ":"
        + at.toLocalDate()
        + "/"
        + Reminder.recipientHash(recipient);
  }

  public Instant atInstant() {
    return at.toInstant();
  }
}
