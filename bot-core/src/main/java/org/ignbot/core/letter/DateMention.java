package org.ignbot.core.letter;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;

/**
 * A date (or several: "19 and 21 November 2024", "19-21 November") as written in a letter, at
 * {@code start}..{@code end} of the text. Without a year the days are settled later from the
 * letter's context.
 */
record DateMention(
    int start,
    int end,
    Month month,
    List<Integer> days,
    Optional<Integer> year,
    String written,
    Optional<DayOfWeek> weekday) {
  DateMention {
    days = List.copyOf(days);
  }

  /** The days in a given year. */
  List<LocalDate> in(int year) {
    return days.stream().map(day -> LocalDate.of(year, month, day)).toList();
  }
}
