package org.ignbot.core.command.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ignbot.core.letter.SittingTimes;
import org.ignbot.core.text.InvalidInputException;

/**
 * The new sittings of a moved meeting, as an admin types them ({@code 10:00-13:00 15:00-18:00}):
 * read once here for {@code move} and for typed callers that take the times on their own.
 */
public final class MoveTimes {
  private static final Pattern CLOCK =
      Pattern.compile("(?<![\\d.:/-])(\\d{1,2})[:h](\\d{2})(?![\\d./])");

  private static final String RANGES =
      "Give the times as ranges on the 24-hour clock, e.g. `10:00-13:00 15:00-18:00`.";

  private MoveTimes() {}

  /**
   * The sittings in {@code text}, which holds times and nothing else; anything else is one line.
   */
  public static List<SittingTimes.Range> parse(String text) {
    checkClockTimes(text);
    int[] span = SittingTimes.span(text);
    if (span[0] < 0
        || !text.substring(0, span[0]).isBlank()
        || !text.substring(span[1]).isBlank()) {
      throw new InvalidInputException(RANGES);
    }
    return ranges(text);
  }

  /** Where the times start and end in {@code rest}, the date before them; -1 when it has none. */
  static int[] span(String rest) {
    Matcher clock = CLOCK.matcher(rest);
    return clock.find() ? new int[] {clock.start(), rest.length()} : SittingTimes.span(rest);
  }

  /** The ranges in {@code times}, every one of them sure. */
  static List<SittingTimes.Range> ranges(String times) {
    List<String> unsure = new ArrayList<>();
    List<SittingTimes.Range> ranges = SittingTimes.find(times, unsure);
    if (!unsure.isEmpty()) {
      throw new InvalidInputException(RANGES);
    }
    return ranges;
  }

  /** Times on the 24-hour clock: "25:00" is refused as a time, not blamed on the date. */
  static void checkClockTimes(String times) {
    Matcher clock = CLOCK.matcher(times);
    while (clock.find()) {
      int hour = Integer.parseInt(clock.group(1));
      int minute = Integer.parseInt(clock.group(2));
      if (hour > 24 || minute > 59 || (hour == 24 && minute > 0)) {
        throw new InvalidInputException(
            "\""
                + clock.group()
                + "\" is not a time: give the times on the 24-hour clock, 00:00 to 23:59, e.g."
                + " `10:00-13:00 15:00-18:00`.");
      }
    }
  }
}
