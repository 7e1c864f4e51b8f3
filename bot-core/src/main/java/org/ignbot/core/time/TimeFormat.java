package org.ignbot.core.time;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ignbot.core.schedule.Sitting;

/** How times and days read in answers: 24-hour clock, day before month, zone by city. */
public final class TimeFormat {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
  private static final DateTimeFormatter LONG_DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter DAY_MONTH =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

  private TimeFormat() {}

  /** "Tuesday 19 November 2024". */
  public static String longDay(LocalDate day) {
    return LONG_DAY.format(day);
  }

  /** "Tue 19 Nov 2024". */
  public static String shortDay(LocalDate day) {
    return SHORT_DAY.format(day);
  }

  /** "10:00–13:00" in New York time. */
  public static String venueRange(Sitting sitting) {
    return range(sitting.start(), sitting.end());
  }

  /**
   * "16:00–19:00 Vienna", in another zone; the day is added when it is not the New York day:
   * "00:00–03:00 (Wed 20 Nov) Tokyo".
   */
  public static String rangeIn(Sitting sitting, ZoneId zone) {
    ZonedDateTime start = sitting.start().withZoneSameInstant(zone);
    ZonedDateTime end = sitting.end().withZoneSameInstant(zone);
    String day =
        start.toLocalDate().equals(sitting.start().toLocalDate())
            ? ""
            : " (" + DAY_MONTH.format(start) + ")";
    return range(start, end) + day + " " + zoneName(zone);
  }

  /** "Vienna" for Europe/Vienna, "New York" for America/New_York, "UTC+05:30" for offsets. */
  public static String zoneName(ZoneId zone) {
    if (zone instanceof ZoneOffset offset) {
      return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
    }
    String id = zone.getId();
    int slash = id.lastIndexOf('/');
    return (slash < 0 ? id : id.substring(slash + 1)).replace('_', ' ');
  }

  private static String range(ZonedDateTime start, ZonedDateTime end) {
    return CLOCK.format(start) + "–" + CLOCK.format(end);
  }
}
