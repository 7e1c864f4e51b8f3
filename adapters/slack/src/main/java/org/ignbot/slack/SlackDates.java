package org.ignbot.slack;

import java.time.Instant;

/**
 * Slack's {@code <!date^...>} tokens: each reader sees the time in their own Slack zone; the
 * fallback shows where a client cannot render them.
 */
final class SlackDates {
  private SlackDates() {}

  /** "Tue 19 Nov 15:00" in the reader's zone. */
  static String dayAndTime(Instant instant, String fallback) {
    return token(instant, "{date_short_pretty} {time}", fallback);
  }

  /** "15:00" in the reader's zone. */
  static String time(Instant instant, String fallback) {
    return token(instant, "{time}", fallback);
  }

  private static String token(Instant instant, String format, String fallback) {
    return "<!date^"
        + instant.getEpochSecond()
        + "^"
        + format
        + "|"
        + fallback.replace("|", "/").replace(">", "").replace("<", "")
        + ">";
  }
}
