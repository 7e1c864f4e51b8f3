package org.ignbot.core.letter;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in letter text: "19 November 2024", "Tuesday, 19 November", "November 19, 2024", "19
 * and 21 November 2024", "19-21 November", "2024-11-19", "09/03/2027" (only when one reading fits:
 * see {@link NumericDates}). A weekday that does not fit its date becomes a warning.
 */
final class LetterDates {
  /** "19 November 2024": the day a weekday was written for, without a weekday of its own. */
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
  private static final String WEEKDAY =
      "(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur"
          + "|thurs|fri|sat|sun)\\.?,?\\s+)";
  private static final String DAY = "(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String MORE_DAYS =
      "((?:\\s*(?:,|and|&|to|until|through|-)\\s*(?:"
          + WEEKDAY.replace("(monday", "(?:monday")
          + ")?\\d{1,2}(?:st|nd|rd|th)?)*)";
  private static final String YEAR = "(?:,?\\s+(\\d{4}))?";
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "(?<![\\d/:.])"
              + WEEKDAY
              + "?"
              + DAY
              + MORE_DAYS
              + "\\s+(?:of\\s+)?"
              + MONTH
              + YEAR
              + "\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          WEEKDAY + "?\\b" + MONTH + "\\s+" + DAY + "(?![\\d:.])" + MORE_DAYS + YEAR + "\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\w/.])" + WEEKDAY + "?(\\d{1,2})([/.])(\\d{1,2})\\3(\\d{4})(?![\\w/]|\\.\\d)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
  private static final Pattern RANGE_WORD =
      Pattern.compile("(?i),?\\s*(?:-|to|until|till|through)\\s*");

  /** "moved from 25 February to 2 March" names two days, not the days between. */
  private static final Pattern PROSE_FROM =
      Pattern.compile(
          "(?i)(?:moved|postponed|rescheduled|shifted|changed|brought\\s+forward|deferred)"
              + "\\s+(?:\\w+\\s+)?from\\s+(?:\\w+,?\\s+)?$");

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "mon", DayOfWeek.MONDAY,
          "tue", DayOfWeek.TUESDAY,
          "wed", DayOfWeek.WEDNESDAY,
          "thu", DayOfWeek.THURSDAY,
          "fri", DayOfWeek.FRIDAY,
          "sat", DayOfWeek.SATURDAY,
          "sun", DayOfWeek.SUNDAY);

  private LetterDates() {}

  /** Every date in the text, in order; odd ones (a wrong weekday, 31 June) add warnings. */
  static List<DateMention> find(String text, List<String> warnings) {
    List<DateMention> found = new ArrayList<>();
    Matcher dayFirst = DAY_FIRST.matcher(text);
    while (dayFirst.find()) {
      mention(dayFirst, 2, 3, 4, 5, 1, warnings).ifPresent(found::add);
    }
    Matcher monthFirst = MONTH_FIRST.matcher(text);
    while (monthFirst.find()) {
      if (overlaps(found, monthFirst.start(), monthFirst.end())) {
        continue;
      }
      mention(monthFirst, 3, 4, 2, 5, 1, warnings).ifPresent(found::add);
    }
    Matcher iso = ISO.matcher(text);
    while (iso.find()) {
      if (overlaps(found, iso.start(), iso.end())) {
        continue;
      }
      try {
        LocalDate day =
            LocalDate.of(
                Integer.parseInt(iso.group(1)),
                Integer.parseInt(iso.group(2)),
                Integer.parseInt(iso.group(3)));
        found.add(
            new DateMention(
                iso.start(),
                iso.end(),
                day.getMonth(),
                List.of(day.getDayOfMonth()),
                Optional.of(day.getYear()),
                iso.group(),
                Optional.empty(),
                Optional.empty()));
      } catch (DateTimeException e) {
        warnings.add("\"" + iso.group() + "\" is not a date; left out.");
      }
    }
    Matcher numeric = NUMERIC.matcher(text);
    while (numeric.find()) {
      NumericDates.read(numeric, WEEKDAYS, warnings).ifPresent(found::add);
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return acrossMonths(text, found);
  }

  /** "28 February to 2 March 2026": two mentions joined by a range word become one range. */
  private static List<DateMention> acrossMonths(String text, List<DateMention> found) {
    List<DateMention> joined = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      DateMention first = found.get(i);
      DateMention next = i + 1 < found.size() ? found.get(i + 1) : null;
      if (next != null
          && first.days().size() == 1
          && next.days().size() == 1
          && first.month() != next.month()
          && first.end() <= next.start()
          && RANGE_WORD.matcher(text.substring(first.end(), next.start())).matches()
          && !PROSE_FROM
              .matcher(text.substring(Math.max(0, first.start() - 30), first.start()))
              .find()) {
        joined.add(
            new DateMention(
                first.start(),
                next.end(),
                first.month(),
                first.days(),
                next.year(),
                text.substring(first.start(), next.end()).strip(),
                Optional.empty(),
                Optional.of(MonthDay.of(next.month(), next.days().get(0)))));
        i++;
      } else {
        joined.add(first);
      }
    }
    return joined;
  }

  private static Optional<DateMention> mention(
      Matcher matcher,
      int dayGroup,
      int moreGroup,
      int monthGroup,
      int yearGroup,
      int weekdayGroup,
      List<String> warnings) {
    Month month = month(matcher.group(monthGroup));
    List<Integer> days = new ArrayList<>();
    days.add(Integer.parseInt(matcher.group(dayGroup)));
    String more = matcher.group(moreGroup) == null ? "" : matcher.group(moreGroup);
    Matcher numbers = NUMBER.matcher(more);
    boolean range = more.matches("(?is)\\s*(?:-|to|until|through)\\s*.*") && !more.contains("and");
    while (numbers.find()) {
      days.add(Integer.parseInt(numbers.group()));
    }
    if (range && days.size() == 2 && days.get(1) > days.get(0)) {
      int last = days.remove(1);
      for (int day = days.get(0) + 1; day <= last; day++) {
        days.add(day);
      }
    }
    Optional<Integer> year = Optional.ofNullable(matcher.group(yearGroup)).map(Integer::parseInt);
    String written = matcher.group().strip();
    for (int day : days) {
      if (day < 1 || day > month.maxLength()) {
        warnings.add("\"" + written + "\" is not a date; left out.");
        return Optional.empty();
      }
    }
    String weekday = matcher.group(weekdayGroup);
    Optional<DayOfWeek> said =
        weekday == null || days.size() != 1
            ? Optional.empty()
            : Optional.of(WEEKDAYS.get(weekday.substring(0, 3).toLowerCase(Locale.ROOT)));
    DateMention mention =
        new DateMention(
            matcher.start(), matcher.end(), month, days, year, written, said, Optional.empty());
    return Optional.of(mention);
  }

  /** A warning when the weekday written with a date is not that day's: the date wins. */
  static Optional<String> weekdayMismatch(DateMention mention, LocalDate day) {
    if (mention.weekday().isEmpty() || day.getDayOfWeek() == mention.weekday().get()) {
      return Optional.empty();
    }
    return Optional.of(
        "The letter says \""
            + mention.written()
            + "\", but "
            + DAY_MONTH_YEAR.format(day)
            + " is a "
            + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK)
            + "; I took the date. Check it.");
  }

  private static Month month(String text) {
    String start = text.substring(0, 3).toLowerCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.name().toLowerCase(Locale.ROOT).startsWith(start)) {
        return month;
      }
    }
    throw new IllegalStateException("not a month: " + text);
  }

  private static boolean overlaps(List<DateMention> found, int start, int end) {
    return found.stream().anyMatch(mention -> mention.start() < end && start < mention.end());
  }
}
