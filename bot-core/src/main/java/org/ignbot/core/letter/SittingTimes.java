package org.ignbot.core.letter;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ignbot.core.letter.ClockPoints.Point;

/**
 * Finds sitting times in a piece of letter text, whatever the clock: "10:00am-1:00pm", "10.00 a.m.
 * 1.00 p.m." (the dash lost in extraction), "3.00 6.00 p.m.", "10 a.m.–1 p.m.", "15:00-18:00",
 * "10:00 and 15:00". What it has to assume (an end time, a.m. or p.m.) it says in a warning.
 */
public final class SittingTimes {
  /** A sitting whose end is not given is taken to last this long: the usual IGN sitting. */
  private static final int USUAL_HOURS = 3;

  private static final Pattern JOINED = Pattern.compile("\\s*(?:-|to|until|till)?\\s*");

  /** "between 9.30 and 12.30": the "and" joins a start and an end. */
  private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\s+$");

  /** A start and end on the venue's clock. */
  public record Range(LocalTime start, LocalTime end) {}

  private SittingTimes() {}

  /** Where the times in {@code text} start and end, or -1 if it holds none. */
  public static int[] span(String text) {
    List<Point> points = ClockPoints.points(text);
    if (points.isEmpty()) {
      return new int[] {-1, -1};
    }
    return new int[] {points.get(0).start(), points.get(points.size() - 1).end()};
  }

  /** The text with its times (and the dashes or words joining them) blanked out by tabs. */
  static String without(String text) {
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (Point point : ClockPoints.points(text)) {
      out.append(text, last, point.start()).append('\t');
      last = point.end();
    }
    out.append(text.substring(last));
    return out.toString().replaceAll("\t[ ]*(?:-|to|until|and|,)?[ ]*(?=\t)", "\t");
  }

  /** The sittings in {@code text}, in order. */
  public static List<Range> find(String text, List<String> warnings) {
    List<Point> points = ClockPoints.points(text);
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
