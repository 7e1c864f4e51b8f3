package org.ignbot.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ignbot.core.text.InvalidInputException;

/**
 * Dates as people type them: {@code 21 Nov}, {@code 21 November 2024}, {@code Nov 21}, {@code
 * 2024-11-21}, {@code today}, {@code tomorrow}, {@code yesterday}, weekday names (the next such
 * day; today counts). A date without a year is the one in the coming eight months or the past four:
 * people ask a schedule bot mostly about what is ahead.
 */
public final class DateInput {
  private static final String HINT = "try \"21 Nov\", \"2024-11-21\", \"tomorrow\" or \"monday\"";
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DAY_MONTH =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s*([a-z]+)\\.?,?(?:\\s+(\\d{4}))?");
  private static final Pattern MONTH_DAY =
      Pattern.compile("([a-z]+)\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?(?:\\s+(\\d{4}))?");
  private static final int MONTHS_BACK = 4;
  private static final int MONTHS_AHEAD = 8;
  private static final Map<String, Long> RELATIVE =
      Map.of("today", 0L, "tomorrow", 1L, "yesterday", -1L);

  private DateInput() {}

  /** The day meant by {@code text}, seen from {@code today}. */
  public static LocalDate parse(String text, LocalDate today) {
    String input = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (input.isEmpty()) {
      throw new InvalidInputException("Which day? " + capitalise(HINT) + ".");
    }
    if (RELATIVE.containsKey(input)) {
      return today.plusDays(RELATIVE.get(input));
    }
    Optional<DayOfWeek> weekday = weekday(input);
    if (weekday.isPresent()) {
      return today.with(TemporalAdjusters.nextOrSame(weekday.get()));
    }
    Matcher iso = ISO.matcher(input);
    if (iso.matches()) {
      return date(text, num(iso.group(1)), num(iso.group(2)), num(iso.group(3)));
    }
    Matcher dayMonth = DAY_MONTH.matcher(input);
    if (dayMonth.matches()) {
      return dayOfMonth(text, dayMonth.group(2), num(dayMonth.group(1)), dayMonth.group(3), today);
    }
    Matcher monthDay = MONTH_DAY.matcher(input);
    if (monthDay.matches()) {
      return dayOfMonth(text, monthDay.group(1), num(monthDay.group(2)), monthDay.group(3), today);
    }
    throw notADate(text);
  }

  private static LocalDate dayOfMonth(
      String text, String monthName, int day, String year, LocalDate today) {
    Month month = month(monthName).orElseThrow(() -> notADate(text));
    if (year != null) {
      return date(text, num(year), month.getValue(), day);
    }
    MonthDay monthDay;
    try {
      monthDay = MonthDay.of(month, day);
    } catch (DateTimeException e) {
      throw notADate(text);
    }
    LocalDate earliest = today.minusMonths(MONTHS_BACK);
    LocalDate latest = today.plusMonths(MONTHS_AHEAD);
    return Stream.of(today.getYear() - 1, today.getYear(), today.getYear() + 1)
        .filter(monthDay::isValidYear)
        .map(monthDay::atYear)
        .filter(candidate -> !candidate.isBefore(earliest) && candidate.isBefore(latest))
        .findFirst()
        .orElseThrow(() -> notADate(text));
  }

  private static LocalDate date(String text, int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw notADate(text);
    }
  }

  private static Optional<Month> month(String name) {
    if (name.length() < 3) {
      return Optional.empty();
    }
    return Stream.of(Month.values())
        .filter(month -> month.name().toLowerCase(Locale.ROOT).startsWith(name))
        .findFirst();
  }

  private static Optional<DayOfWeek> weekday(String name) {
    if (name.length() < 3) {
      return Optional.empty();
    }
    return Stream.of(DayOfWeek.values())
        .filter(day -> day.name().toLowerCase(Locale.ROOT).startsWith(name))
        .findFirst();
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }

  private static InvalidInputException notADate(String text) {
    return new InvalidInputException("\"" + text.strip() + "\" is not a date — " + HINT + ".");
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
