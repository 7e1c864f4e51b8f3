package org.ignbot.core.letter;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A date (or several: "19 and 21 November 2024", "19-21 November", "28 February to 2 March") as
 * written in a letter, at {@code start}..{@code end} of the text. Without a year the days are
 * settled later from the letter's context.
 *
 * @param through the last day of a range that runs into another month ("to 2 March")
 */
record DateMention(
    int start,
    int end,
    Month month,
    List<Integer> days,
    Optional<Integer> year,
    String written,
    Optional<DayOfWeek> weekday,
    Optional<MonthDay> through) {
  DateMention {
    days = List.copyOf(days);
  }

  /**
   * The days in a given year. A range into another month takes the year for its end, as written
   * ("28 December to 3 January 2027" starts in 2026).
   */
  List<LocalDate> in(int year) {
    if (through.isEmpty()) {
      // 29 February exists only in leap years: in other years the mention has no day.
      return days.stream()
          .filter(day -> day <= month.length(Year.isLeap(year)))
          .map(day -> LocalDate.of(year, month, day))
          .toList();
    }
    if (!through.get().isValidYear(year)) {
      return List.of();
    }
    LocalDate last = through.get().atYear(year);
    LocalDate first = LocalDate.of(year, month, days.get(0));
    if (first.isAfter(last)) {
      first = first.minusYears(1);
    }
    List<LocalDate> all = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last) && all.size() < 62; day = day.plusDays(1)) {
      all.add(day);
    }
    return all;
  }
}
