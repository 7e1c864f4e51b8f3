package org.ignbot.core.time;

import static java.util.stream.Collectors.joining;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

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

  /** "10:00". */
  public static String clock(ZonedDateTime time) {
    return CLOCK.format(time);
  }

  /** "10:00–13:00" in New York time. */
  public static String venueRange(TimeSpan sitting) {
    return range(sitting.start(), sitting.end());
  }

  /**
   * "16:00–19:00 Vienna", in another zone; the day is added when it is not the New York day:
   * "00:00–03:00 (Wed 20 Nov) Tokyo", and when the sitting ends on the next day there: "21:00–00:00
   * (ends Wed 20 Nov) Vienna".
   */
  public static String rangeIn(TimeSpan sitting, ZoneId zone) {
    return rangesIn(List.of(sitting), zone);
  }

  /**
   * Several sittings of one day in another zone, the zone named once: "16:00–19:00, ... Vienna".
   */
  public static String rangesIn(List<? extends TimeSpan> sittings, ZoneId zone) {
    return sittings.stream().map(sitting -> localRange(sitting, zone)).collect(joining(", "))
        + " "
        + zoneName(zone);
  }

  private static String localRange(TimeSpan sitting, ZoneId zone) {
    ZonedDateTime start = sitting.start().withZoneSameInstant(zone);
    ZonedDateTime end = sitting.end().withZoneSameInstant(zone);
    String day =
        start.toLocalDate().equals(sitting.start().toLocalDate())
            ? ""
            : " (" + DAY_MONTH.format(start) + ")";
    String endDay =
        end.toLocalDate().equals(start.toLocalDate())
            ? ""
            : " (ends " + DAY_MONTH.format(end) + ")";
    return range(start, end) + day + endDay;
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
