package org.ignbot.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ignbot.core.text.InvalidInputException;

/**
 * Dates as people type them: {@code 21 Nov}, {@code 21 November 2024}, {@code Nov 21}, {@code
 * Tuesday 19 November}, {@code 2024-11-21}, {@code 19/11}, {@code 19.11.2024} (day first, as at the
 * UN), {@code today}, {@code tomorrow}, {@code yesterday}, weekday names (the next such day; today
 * counts) and {@code next monday} (after today). A date without a year is the one in the coming
 * eight months or the past four: people ask a schedule bot mostly about what is ahead. A refusal
 * names the part that is wrong.
 */
public final class DateInput {
  private static final String HINT = "try \"21 Nov\", \"19/11\", \"2024-11-21\" or \"next monday\"";
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{1,2})([/.])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?\\.?");
  private static final Pattern DAY_MONTH =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:of\\s+)?([a-z]+)\\.?,?(?:\\s+(\\d{4}))?");
  private static final Pattern MONTH_DAY =
      Pattern.compile("([a-z]+)\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?(?:\\s+(\\d{4}))?");
  private static final Pattern WEEKDAY_FIRST =
      Pattern.compile("([a-z]+)\\.?,?\\s+(\\d.*|[a-z]+\\s*\\d.*)");
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
    if (input.startsWith("next ")) {
      DayOfWeek day = weekday(input.substring(5)).orElseThrow(() -> notADate(text));
      return today.with(TemporalAdjusters.next(day));
    }
    Optional<DayOfWeek> weekday = weekday(input);
    if (weekday.isPresent()) {
      return today.with(TemporalAdjusters.nextOrSame(weekday.get()));
    }
    Matcher weekdayFirst = WEEKDAY_FIRST.matcher(input);
    if (weekdayFirst.matches() && weekday(weekdayFirst.group(1)).isPresent()) {
      return onWeekday(text, weekday(weekdayFirst.group(1)).get(), weekdayFirst.group(2), today);
    }
    return calendarDate(text, input, today);
  }

  private static LocalDate calendarDate(String text, String input, LocalDate today) {
    Matcher iso = ISO.matcher(input);
    if (iso.matches()) {
      return date(text, num(iso.group(1)), num(iso.group(2)), num(iso.group(3)));
    }
    Matcher numeric = NUMERIC.matcher(input);
    if (numeric.matches()) {
      int day = num(numeric.group(1));
      int month = num(numeric.group(3));
      if (month < 1 || month > 12) {
        throw new InvalidInputException(
            "In \""
                + text.strip()
                + "\", "
                + month
                + " is not a month: I read the day first, as in 19/11 for 19 November.");
      }
      String year = numeric.group(4);
      if (year != null) {
        return date(text, year.length() == 2 ? 2000 + num(year) : num(year), month, day);
      }
      return withoutYear(text, Month.of(month), day, today);
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

  /** "Tuesday 19 November": the date, checked against the weekday given with it. */
  private static LocalDate onWeekday(String text, DayOfWeek weekday, String rest, LocalDate today) {
    LocalDate date = calendarDate(text, rest, today);
    if (date.getDayOfWeek() != weekday) {
      throw new InvalidInputException(
          TimeFormat.longDay(date)
              + " is a "
              + name(date.getDayOfWeek())
              + ", not a "
              + name(weekday)
              + " — which day did you mean?");
    }
    return date;
  }

  private static LocalDate dayOfMonth(
      String text, String monthName, int day, String year, LocalDate today) {
    Month month =
        month(monthName)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "In \""
                            + text.strip()
                            + "\", \""
                            + monthName
                            + "\" is not a month — "
                            + HINT
                            + "."));
    if (year != null) {
      return date(text, num(year), month.getValue(), day);
    }
    return withoutYear(text, month, day, today);
  }

  /** The day in the window around today; 29 February only where a leap year falls in it. */
  private static LocalDate withoutYear(String text, Month month, int day, LocalDate today) {
    if (day < 1 || day > month.maxLength()) {
      throw badDay(text, day, name(month) + " has " + month.maxLength() + " days");
    }
    MonthDay monthDay = MonthDay.of(month, day);
    LocalDate earliest = today.minusMonths(MONTHS_BACK);
    LocalDate latest = today.plusMonths(MONTHS_AHEAD);
    return Stream.of(today.getYear() - 1, today.getYear(), today.getYear() + 1)
        .filter(monthDay::isValidYear)
        .map(monthDay::atYear)
        .filter(candidate -> !candidate.isBefore(earliest) && candidate.isBefore(latest))
        .findFirst()
        .orElseThrow(
            () -> {
              int leap = today.getYear();
              while (!Year.isLeap(leap) || LocalDate.of(leap, 2, 29).isBefore(today)) {
                leap++;
              }
              return new InvalidInputException(
                  "29 February comes only in leap years, and none falls near today — add the"
                      + " year, e.g. \"29 Feb "
                      + leap
                      + "\".");
            });
  }

  private static LocalDate date(String text, int year, int month, int day) {
    if (month < 1 || month > 12) {
      throw new InvalidInputException(
          "In \"" + text.strip() + "\", " + month + " is not a month (1 to 12).");
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    if (day < 1 || day > yearMonth.lengthOfMonth()) {
      throw badDay(
          text,
          day,
          name(Month.of(month)) + " " + year + " has " + yearMonth.lengthOfMonth() + " days");
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw notADate(text);
    }
  }

  private static InvalidInputException badDay(String text, int day, String why) {
    return new InvalidInputException(
        "In \"" + text.strip() + "\", the day " + day + " does not exist: " + why + ".");
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
    List<String> shortForms = List.of("tues", "thur", "thurs", "weds");
    String wanted = shortForms.contains(name) ? name.substring(0, 3) : name;
    return Stream.of(DayOfWeek.values())
        .filter(day -> day.name().toLowerCase(Locale.ROOT).startsWith(wanted))
        .findFirst();
  }

  private static String name(Month month) {
    return month.getDisplayName(TextStyle.FULL, Locale.UK);
  }

  private static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.UK);
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
