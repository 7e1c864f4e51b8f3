package org.ignbot.core.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/** How often a digest comes: Mondays (weekly) or Monday to Friday (daily), at 08:00 local time. */
public enum Frequency {
  WEEKLY,
  DAILY;

  /** The local time a digest is sent, in the subscriber's zone. */
  public static final LocalTime AT = LocalTime.of(8, 0);

  /** "weekly" or "daily", as typed. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Frequency> fromWord(String word) {
    for (Frequency frequency : values()) {
      if (frequency.word().equalsIgnoreCase(word)) {
        return Optional.of(frequency);
      }
    }
    return Optional.empty();
  }

  /** Whether a digest of this frequency is sent on {@code day}. */
  public boolean sendsOn(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return this == WEEKLY
        ? weekday == DayOfWeek.MONDAY
        : weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
  }

  /** The digest time on {@code day} in {@code zone} (08:00, moved on by a gap if 08:00 is none). */
  ZonedDateTime on(LocalDate day, ZoneId zone) {
    return ZonedDateTime.of(day, AT, zone);
  }

  /** The next digest time after {@code slot}'s day. */
  ZonedDateTime after(ZonedDateTime slot) {
    LocalDate day = slot.toLocalDate().plusDays(1);
    while (!sendsOn(day)) {
      day = day.plusDays(1);
    }
    return on(day, slot.getZone());
  }

  /** The digest time before {@code slot}'s day. */
  ZonedDateTime before(ZonedDateTime slot) {
    LocalDate day = slot.toLocalDate().minusDays(1);
    while (!sendsOn(day)) {
      day = day.minusDays(1);
    }
    return on(day, slot.getZone());
  }

  /** "every Monday at 08:00" or "Monday to Friday at 08:00". */
  public String when() {
    return this == WEEKLY ? "every Monday at 08:00" : "Monday to Friday at 08:00";
  }
}
