package org.ignbot.core.time;

import java.time.LocalDate;
import java.time.Month;

/**
 * General Assembly sessions run from September to September: the 79th from September 2024 to
 * September 2025. The exact opening day (a Tuesday in the second or third week of September) is not
 * needed here; September starts the new session.
 */
public final class GaSession {
  /** The 79th session opened in 2024: a session's number is its opening year less 1945. */
  private static final int YEAR_OFFSET = 1945;

  private GaSession() {}

  /** The session that a day falls in. */
  public static int of(LocalDate day) {
    int startYear =
        day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
    return startYear - YEAR_OFFSET;
  }

  /** "79th". */
  public static String ordinal(int session) {
    int lastTwo = session % 100;
    String suffix;
    if (lastTwo >= 11 && lastTwo <= 13) {
      suffix = "th";
    } else {
      suffix =
          switch (session % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
          };
    }
    return session + suffix;
  }
}
