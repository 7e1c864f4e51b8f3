package org.ignbot.core.letter;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "At the same time and venue", "in the same room", "at the same time and place", "in the same
 * format and venue" (the same sittings): a meeting takes the times or the room of the last meeting
 * convened before its day.
 */
final class SameAsBefore {
  private static final Pattern SAME_TIME =
      Pattern.compile("(?i)\\bsame\\s+(?:time|times|hours|format)\\b");
  private static final Pattern SAME_VENUE =
      Pattern.compile(
          "(?i)\\bsame\\s+(?:(?:time|format)\\s+and\\s+)?(?:venue|room|place|location|conference\\s+room)\\b");

  private SameAsBefore() {}

  /** "at the same time and venue", "in the same room": as the meeting named before. */
  static void fill(String sentence, DraftBuilder draft, List<DraftBuilder> convened) {
    DraftBuilder before = null;
    for (DraftBuilder known : convened) {
      if (!known.cancelled && known.date.isBefore(draft.date)) {
        before = known;
      }
    }
    if (before == null) {
      return;
    }
    if (draft.times.isEmpty() && SAME_TIME.matcher(sentence).find()) {
      draft.times = before.times;
    }
    if (draft.venue.isEmpty() && SAME_VENUE.matcher(sentence).find()) {
      draft.venue = before.venue;
    }
  }
}
