package org.ignbot.core.letter;

import java.util.regex.Pattern;

/**
 * A letter saying a meeting keeps the times announced before, as a change of room does: "time
 * unchanged", "All other arrangements, including the time of the meeting, remain as announced",
 * "will now be held in Conference Room 1, at the same time". Such a meeting takes its times from
 * the schedule on import; the reader does not ask for them (see {@link ScheduleMerge}).
 */
final class TimesKept {
  private static final Pattern KEPT =
      Pattern.compile(
          "(?i)\\b(?:time|times|timing|hours|arrangements)\\b[^.;]{0,80}?\\b(?:remains?|stays?|(?:is|are)"
              + "\\s+(?:still|also))\\s+(?:as\\s+(?:announced|before|scheduled|planned|indicated)"
              + "|unchanged|the\\s+same)\\b|\\btimes?\\s+unchanged\\b"
              + "|\\bat\\s+the\\s+same\\s+(?:time|hours?)\\b(?!\\s+and\\b)");

  private TimesKept() {}

  /** Whether {@code text} says the meeting keeps the times announced before. */
  static boolean says(String text) {
    return KEPT.matcher(text).find();
  }
}
