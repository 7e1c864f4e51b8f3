package org.ignbot.core.letter;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sitting times in a piece of letter text, whatever the clock: "10:00am-1:00pm", "10.00 a.m.
 * 1.00 p.m." (the dash lost in extraction), "3.00 6.00 p.m.", "10 a.m.–1 p.m.", "15:00-18:00",
 * "10:00 and 15:00". What it has to assume (an end time, a.m. or p.m.) it says in a warning.
 */
public final class SittingTimes {
  /** A sitting whose end is not given is taken to last this long: the usual IGN sitting. */
  private static final int USUAL_HOURS = 3;

  private static final Pattern POINT =
      Pattern.compile(
          "(?<![\\d:/])(?<!\\d\\.)(\\d{1,4})(?:[:.h](\\d{2}))?(?![\\d/])\\s*"
              + "(a\\.\\s?m\\.?|p\\.\\s?m\\.?|am\\b|pm\\b|a\\.m|p\\.m|hrs?\\b|noon\\b)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern JOINED = Pattern.compile("\\s*(?:-|to|until|till)?\\s*");

  /** "between 9.30 and 12.30": the "and" joins a start and an end. */
  private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\s+$");

  /** A bare hour that a later meridiem covers: the "3" of "from 3 to 6 pm". */
  private static final Pattern BARE_END =
      Pattern.compile(
          "^\\s*(?:-|to|until|till|and)\\s*\\d{1,2}(?:[:.]\\d{2})?\\s*(?:a\\.?\\s?m|p\\.?\\s?m|noon)",
          Pattern.CASE_INSENSITIVE);

  /** Noon written without "12": "from 10 a.m. to noon". */
  private static final Pattern NOON =
      Pattern.compile("(?<!\\d\\s?)\\b(?:noon|midday)\\b", Pattern.CASE_INSENSITIVE);

  /** A start and end on the venue's clock. */
  public record Range(LocalTime start, LocalTime end) {}

  private record Point(int start, int end, int hour, int minute, String meridiem, boolean zero) {}

  private SittingTimes() {}

  /** Where the times in {@code text} start and end, or -1 if it holds none. */
  public static int[] span(String text) {
    List<Point> points = points(text);
    if (points.isEmpty()) {
      return new int[] {-1, -1};
    }
    return new int[] {points.get(0).start(), points.get(points.size() - 1).end()};
  }

  /** The text with its times (and the dashes or words joining them) blanked out by tabs. */
  static String without(String text) {
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (Point point : points(text)) {
      out.append(text, last, point.start()).append('\t');
      last = point.end();
    }
    out.append(text.substring(last));
    return out.toString().replaceAll("\t[ ]*(?:-|to|until|and|,)?[ ]*(?=\t)", "\t");
  }

  /** The sittings in {@code text}, in order. */
  public static List<Range> find(String text, List<String> warnings) {
    List<Point> points = points(text);
    List<Range> ranges = new ArrayList<>();
    int i = 0;
    while (i < points.size()) {
      Point start = points.get(i);
      Point end = i + 1 < points.size() ? points.get(i + 1) : null;
      String gap = end == null ? "" : text.substring(start.end(), end.start());
      boolean between =
          BETWEEN.matcher(text.substring(Math.max(0, start.start() - 10), start.start())).find()
              && gap.strip().equalsIgnoreCase("and");
      if (end != null && (between || JOINED.matcher(gap).matches())) {
        boolean dashed = !text.substring(start.end(), end.start()).isBlank();
        Range range = pair(start, end, dashed, warnings);
        if (range != null) {
          ranges.add(range);
          i += 2;
          continue;
        }
      }
      LocalTime from = alone(start, warnings);
      LocalTime to = from.plusHours(USUAL_HOURS);
      i++;
      if (to.isBefore(from)) {
        warnings.add("The time " + from + " is too late for a sitting; left out. Check it.");
        continue;
      }
      warnings.add(
          "No end time is given for the sitting at "
              + from
              + "; I assumed "
              + to
              + " (three hours). Check it.");
      ranges.add(new Range(from, to));
    }
    return ranges;
  }

  private static List<Point> points(String text) {
    List<Point> points = new ArrayList<>();
    Matcher matcher = POINT.matcher(text);
    while (matcher.find()) {
      String meridiem = matcher.group(3);
      String minutes = matcher.group(2);
      String digits = matcher.group(1);
      String kind = kind(meridiem);
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
    Matcher noon = NOON.matcher(text);
    while (noon.find()) {
      points.add(new Point(noon.start(), noon.end(), 12, 0, "pm", false));
    }
    points.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return points;
  }

  /**
   * "36 p.m." or "101 p.m.": a start and an end whose dash was lost in copying (3–6 p.m., 10 a.m.–1
   * p.m.); the meridiem is the end's, and the start takes the one that puts it first.
   */
  private static java.util.Optional<List<Point>> lostDash(Matcher matcher, String kind) {
    String digits = matcher.group(1);
    if (matcher.group(2) != null || kind.isEmpty() || kind.equals("h")) {
      return java.util.Optional.empty();
    }
    for (int cut = 1; cut < digits.length(); cut++) {
      int from = Integer.parseInt(digits.substring(0, cut));
      int to = Integer.parseInt(digits.substring(cut));
      if (from >= 1 && from <= 12 && to >= 1 && to <= 12 && digits.charAt(cut) != '0') {
        int startAt = matcher.start(1);
        return java.util.Optional.of(
            List.of(
                new Point(startAt, startAt + cut, from, 0, "", false),
                new Point(startAt + cut, matcher.end(), to, 0, kind, false)));
      }
    }
    return java.util.Optional.empty();
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

  private static Range pair(Point start, Point end, boolean dashed, List<String> warnings) {
    String startKind = start.meridiem();
    String endKind = end.meridiem();
    int from;
    int to;
    if (!startKind.isEmpty() && !endKind.isEmpty()) {
      from = clock(start.hour(), startKind);
      to = clock(end.hour(), endKind);
    } else if (startKind.isEmpty() && !endKind.isEmpty()) {
      to = clock(end.hour(), endKind);
      from = clock(start.hour(), endKind);
      if (from * 60 + start.minute() >= to * 60 + end.minute()) {
        from = clock(start.hour(), "am");
      }
    } else if (!startKind.isEmpty()) {
      from = clock(start.hour(), startKind);
      to = clock(end.hour(), startKind);
      if (to * 60 + end.minute() <= from * 60 + start.minute()) {
        to = clock(end.hour(), "pm");
      }
    } else {
      from = start.hour();
      to = end.hour();
      boolean twentyFour = from > 12 || to > 12 || start.zero() || end.zero();
      if (!twentyFour && from < 8) {
        from += 12;
        to += 12;
        warnings.add(
            "The times "
                + start.hour()
                + ":"
                + two(start.minute())
                + "-"
                + end.hour()
                + ":"
                + two(end.minute())
                + " say neither a.m. nor p.m.; I took the afternoon. Check it.");
      } else if (!twentyFour && to * 60 + end.minute() <= from * 60 + start.minute() && to < 12) {
        to += 12;
      }
    }
    if (to > 23 || to * 60 + end.minute() <= from * 60 + start.minute()) {
      return null;
    }
    int hours = to - from;
    // A lost dash joins a start and an end; two starts far apart are two sittings.
    if (hours > 9 || (!dashed && hours > 4)) {
      return null;
    }
    return new Range(LocalTime.of(from, start.minute()), LocalTime.of(to, end.minute()));
  }

  private static LocalTime alone(Point point, List<String> warnings) {
    int hour = point.meridiem().isEmpty() ? point.hour() : clock(point.hour(), point.meridiem());
    if (point.meridiem().isEmpty() && hour < 8 && !point.zero()) {
      hour += 12;
      warnings.add(
          "The time "
              + point.hour()
              + ":"
              + two(point.minute())
              + " says neither a.m. nor p.m.; I took the afternoon. Check it.");
    }
    return LocalTime.of(hour, point.minute());
  }

  private static int clock(int hour, String meridiem) {
    if (meridiem.equals("am")) {
      return hour == 12 ? 0 : hour;
    }
    return hour == 12 ? 12 : hour + 12;
  }

  private static String two(int minute) {
    return minute < 10 ? "0" + minute : String.valueOf(minute);
  }
}
