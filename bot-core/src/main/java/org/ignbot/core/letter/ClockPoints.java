package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clock times in a piece of letter text, each with where it stands and its meridiem as written:
 * "10:00am", "10.00 a.m.", "15:00", "12 noon", "noon", the bare "3" of "from 3 to 6 pm", and the
 * two times run together when a dash was lost in copying ("36 p.m.", "101 p.m."), and 24-hour times
 * without a colon before "hrs" ("1000-1300 hrs").
 */
final class ClockPoints {
  private static final Pattern POINT =
      Pattern.compile(
          "(?<![\\d:/])(?<!\\d\\.)(\\d{1,4})(?:[:.h](\\d{2}))?(?![\\d/])\\s*"
              + "(a\\.\\s?m\\.?|p\\.\\s?m\\.?|am\\b|pm\\b|a\\.m|p\\.m|hrs?\\b|noon\\b)?",
          Pattern.CASE_INSENSITIVE);

  /** A bare hour that a later meridiem covers: the "3" of "from 3 to 6 pm". */
  private static final Pattern BARE_END =
      Pattern.compile(
          "^\\s*(?:-|to|until|till|and)\\s*\\d{1,2}(?:[:.]\\d{2})?\\s*(?:a\\.?\\s?m|p\\.?\\s?m|noon)",
          Pattern.CASE_INSENSITIVE);

  /** The end of "1000-1300 hrs" after its start. */
  private static final Pattern HOURS_END =
      Pattern.compile("^\\s*(?:-|–|to|until)\\s*\\d{4}\\s*hrs?\\b", Pattern.CASE_INSENSITIVE);

  /**
   * "from 10 to 1", "between 3 and 6": whole hours without any meridiem, read as working hours (7
   * to 11 in the morning, 12 to 6 in the afternoon); not a range of days ("from 9 to 11 March").
   */
  private static final Pattern WORKING_HOURS =
      Pattern.compile(
          "(?i)\\b(?:from|between)\\s+(\\d{1,2})\\s*(?:to|until|till|and|-|–)\\s*(\\d{1,2})\\b"
              + "(?!\\s*(?:[:.]\\d|a\\.?\\s?m|p\\.?\\s?m|noon|hrs?\\b|h\\d|st\\b|nd\\b|rd\\b|th\\b|of\\b"
              + "|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))");

  /** Noon written without "12": "from 10 a.m. to noon". */
  private static final Pattern NOON =
      Pattern.compile("(?<!\\d\\s?)\\b(?:noon|midday)\\b", Pattern.CASE_INSENSITIVE);

  /** A time as written: where it stands, its hour and minute, "am", "pm" or "" and a leading 0. */
  record Point(int start, int end, int hour, int minute, String meridiem, boolean zero) {}

  private ClockPoints() {}

  static List<Point> points(String text) {
    List<Point> points = new ArrayList<>();
    Matcher matcher = POINT.matcher(text);
    while (matcher.find()) {
      String meridiem = matcher.group(3);
      String minutes = matcher.group(2);
      String digits = matcher.group(1);
      String kind = kind(meridiem);
      if (digits.length() == 4 && hoursWithoutColon(text, matcher, kind)) {
        int hour = Integer.parseInt(digits.substring(0, 2));
        int minute = Integer.parseInt(digits.substring(2));
        if (hour <= 23 && minute <= 59) {
          points.add(new Point(matcher.start(), matcher.end(), hour, minute, "", true));
        }
        continue;
      }
      if (digits.length() > 2) {
        lostDash(matcher, kind).ifPresent(points::addAll);
        continue;
      }
      boolean bare = minutes == null && meridiem == null;
      if (bare && !BARE_END.matcher(text.substring(matcher.end(1))).find()) {
        continue;
      }
      int hour = Integer.parseInt(digits);
      int minute = minutes == null ? 0 : Integer.parseInt(minutes);
      if (!kind.isEmpty() && !kind.equals("h") && hour > 12) {
        lostDash(matcher, kind).ifPresent(points::addAll);
        continue;
      }
      if (hour > 23 || minute > 59) {
        continue;
      }
      if (kind.equals("noon")) {
        hour = 12;
        kind = "pm";
      }
      int end = meridiem == null ? matcher.start(3) : matcher.end();
      if (meridiem == null) {
        end = minutes == null ? matcher.end(1) : matcher.end(2);
      }
      points.add(
          new Point(
              matcher.start(),
              end,
              hour,
              minute,
              kind.equals("h") ? "" : kind,
              digits.startsWith("0")));
    }
    Matcher plain = WORKING_HOURS.matcher(text);
    while (plain.find()) {
      for (int g = 1; g <= 2; g++) {
        int hour = Integer.parseInt(plain.group(g));
        if (hour >= 1 && hour <= 12) {
          String kind = hour >= 7 && hour <= 11 ? "am" : "pm";
          points.add(new Point(plain.start(g), plain.end(g), hour, 0, kind, false));
        }
      }
    }
    Matcher noon = NOON.matcher(text);
    while (noon.find()) {
      points.add(new Point(noon.start(), noon.end(), 12, 0, "pm", false));
    }
    points.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return points;
  }

  /** "1000-1300 hrs": four digits are a 24-hour time with "hrs" after them or after the end. */
  private static boolean hoursWithoutColon(String text, Matcher matcher, String kind) {
    return matcher.group(2) == null
        && (kind.equals("h") && matcher.group(3) != null
            || HOURS_END.matcher(text.substring(matcher.end(1))).find());
  }

  /**
   * "36 p.m." or "101 p.m.": a start and an end whose dash was lost in copying (3–6 p.m., 10 a.m.–1
   * p.m.); the meridiem is the end's, and the start takes the one that puts it first.
   */
  private static Optional<List<Point>> lostDash(Matcher matcher, String kind) {
    String digits = matcher.group(1);
    if (matcher.group(2) != null || kind.isEmpty() || kind.equals("h")) {
      return Optional.empty();
    }
    for (int cut = 1; cut < digits.length(); cut++) {
      int from = Integer.parseInt(digits.substring(0, cut));
      int to = Integer.parseInt(digits.substring(cut));
      if (from >= 1 && from <= 12 && to >= 1 && to <= 12 && digits.charAt(cut) != '0') {
        int startAt = matcher.start(1);
        return Optional.of(
            List.of(
                new Point(startAt, startAt + cut, from, 0, "", false),
                new Point(startAt + cut, matcher.end(), to, 0, kind, false)));
      }
    }
    return Optional.empty();
  }

  private static String kind(String meridiem) {
    if (meridiem == null) {
      return "";
    }
    String folded = meridiem.toLowerCase(Locale.ROOT);
    if (folded.startsWith("a")) {
      return "am";
    }
    if (folded.startsWith("p")) {
      return "pm";
    }
    return folded.startsWith("noon") ? "noon" : "h";
  }
}
