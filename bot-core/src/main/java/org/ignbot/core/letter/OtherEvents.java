package org.ignbot.core.letter;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences about what is no IGN meeting, though they name a day, a room or a time: another body
 * meeting ("the Fifth Committee will meet in Conference Room 4 on ..."), or another event cancelled
 * ("the briefing by the Co-Chairs scheduled for ... has been cancelled"). Their dates are
 * explained, never meetings. A briefing the words tie to the IGN ("the IGN briefing on Security
 * Council reform") is the IGN's own and is cancelled as a meeting would be, with a doubt.
 */
final class OtherEvents {
  private static final Pattern OTHER_BODY =
      Pattern.compile(
          "(?i)\\b(?:(?:first|second|third|fourth|fifth|sixth)\\s+committee|special\\s+committee"
              + "|committee\\s+(?:on|for)|peacebuilding\\s+commission|human\\s+rights\\s+council"
              + "|commission\\s+on|executive\\s+board"
              + "|disarmament\\s+commission|board\\s+of\\s+auditors"
              + "|economic\\s+and\\s+social\\s+council(?!\\s+chamber))\\b");
  private static final Pattern OURS =
      Pattern.compile(
          "(?i)\\bIGN\\b|intergovernmental|co-?chairs?|\\b(?:we|our|us)\\b|\\binvit|\\bplenary\\b");
  private static final Pattern OTHER_EVENT =
      Pattern.compile(
          "(?i)\\b(?:briefings?|receptions?|workshops?|seminars?|retreats?|side[- ]events?"
              + "|luncheons?|lunch|dinners?|exhibitions?|screenings?|events?)\\b");

  /** "to a reception on", "the end-of-year lunch on": a social event, not a meeting. */
  private static final Pattern SOCIAL =
      Pattern.compile(
          "(?i)\\b(?:a|an|the|our)\\s+(?:[\\w-]+\\s+){0,2}(?:reception|cocktail|luncheon|lunch|dinner"
              + "|bake\\s+sale|get-together|bazaar)\\b");

  private static final int NEAR = 60;
  private static final Pattern MEETING =
      Pattern.compile("(?i)\\b(?:meetings?|plenary|sessions?|sittings?|negotiations)\\b");

  /** "The IGN briefing on Security Council reform": an event the words tie to the IGN. */
  private static final Pattern IGN_EVENT =
      Pattern.compile(
          "(?i)\\b(briefing|retreat)s?\\b(?=.*?(?:\\bIGN\\b|intergovernmental\\s+negotiations"
              + "|security\\s+council\\s+reform))|(?:\\bIGN\\b|intergovernmental\\s+negotiations)"
              + "['’]?s?\\s+(?:\\w+\\s+)?(briefing|retreat)s?\\b");

  private OtherEvents() {}

  /** Whether the sentence is about another body's meeting and names none of the IGN's. */
  static boolean otherBody(String sentence) {
    return OTHER_BODY.matcher(sentence).find() && !OURS.matcher(sentence).find();
  }

  /**
   * Whether the words just before a date invite to something that is no IGN meeting: a social event
   * ("to a reception on"), or another body's meeting in a sentence that does not name the IGN ("The
   * Bureau of the Fifth Committee will hold ...").
   */
  static boolean invitesToOther(String before) {
    String near = before.substring(Math.max(0, before.length() - NEAR));
    return SOCIAL.matcher(near).find()
        || (OTHER_BODY.matcher(near).find() && !JournalEntries.IGN_ENTRY.matcher(before).find());
  }

  /**
   * Whether the words before a cancelled date name an event that is no meeting: "The briefing by
   * the Co-Chairs scheduled for".
   */
  static boolean notAMeeting(String before) {
    return OTHER_EVENT.matcher(before).find()
        && !MEETING.matcher(before).find()
        && ignEvent(before).isEmpty();
  }

  /**
   * The name the words before a cancelled date give an event of the IGN's own that they do not call
   * a meeting ("The IGN briefing on Security Council reform scheduled for" gives "briefing"): it is
   * cancelled like a meeting, with a doubt.
   */
  static Optional<String> ignEvent(String before) {
    Matcher event = IGN_EVENT.matcher(before);
    if (!event.find() || MEETING.matcher(before).find()) {
      return Optional.empty();
    }
    return Optional.of(
        (event.group(1) != null ? event.group(1) : event.group(2)).toLowerCase(Locale.ROOT));
  }
}
