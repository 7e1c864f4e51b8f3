package org.ignbot.core.letter;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.ignbot.core.time.TimeFormat;

/**
 * All-number dates ("09/03/2027", "15.03.2027"), which a letter may mean day first or month first.
 * The reader takes one only when a single reading fits: a number over 12, both numbers alike, or
 * the weekday written with it ("Tuesday 09/03/2027" is 9 March, since 3 September is a Friday).
 * Otherwise it guesses nothing: the date is left out with a warning naming both readings.
 */
final class NumericDates {
  private NumericDates() {}

  /**
   * The date a match of weekday (group 1), two numbers (groups 2 and 4) and a year (group 5) names,
   * if only one reading fits.
   */
  static Optional<DateMention> read(
      Matcher matcher, Map<String, DayOfWeek> weekdays, List<String> warnings) {
    int first = Integer.parseInt(matcher.group(2));
    int second = Integer.parseInt(matcher.group(4));
    int year = Integer.parseInt(matcher.group(5));
    String written = matcher.group().strip();
    Optional<DayOfWeek> said =
        Optional.ofNullable(matcher.group(1))
            .map(weekday -> weekdays.get(weekday.substring(0, 3).toLowerCase(Locale.ROOT)));
    List<LocalDate> readings = new ArrayList<>();
    day(year, second, first).ifPresent(readings::add);
    day(year, first, second).filter(day -> !readings.contains(day)).ifPresent(readings::add);
    List<LocalDate> fitting =
        readings.stream().filter(day -> said.map(day.getDayOfWeek()::equals).orElse(true)).toList();
    Optional<LocalDate> day =
        readings.size() == 1
            ? Optional.of(readings.get(0))
            : fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    if (day.isEmpty()) {
      warnings.add(
          readings.isEmpty()
              ? "\"" + written + "\" is not a date; left out."
              : "\""
                  + written
                  + "\" can be read as "
                  + TimeFormat.longDay(readings.get(0))
                  + " or "
                  + TimeFormat.longDay(readings.get(1))
                  + "; I left it out. Check it.");
      return Optional.empty();
    }
    return Optional.of(
        new DateMention(
            matcher.start(),
            matcher.end(),
            day.get().getMonth(),
            List.of(day.get().getDayOfMonth()),
            Optional.of(year),
            written,
            said,
            Optional.empty()));
  }

  /** The day of {@code year}, {@code month} and {@code day}, if there is such a day. */
  static Optional<LocalDate> day(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
