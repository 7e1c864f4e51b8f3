package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The name of the event a date belongs to, from the words before it. */
final class EventTitles {
  private static final Pattern EVENT =
      Pattern.compile(
          "(?i)\\b(?:meeting|meetings|debate|session|plenary|consultations?|dialogue|briefing|retreat)\\b");
  private static final Pattern ARTICLE = Pattern.compile("(?i)\\b(?:the|an|a)\\s+");

  /** A title that names a meeting of the IGN, not the General Assembly's debate. */
  private static final Pattern IGN_MEETING =
      Pattern.compile(
          "(?i)^(?!.*\\b(?:general\\s+assembly|debate)\\b).*\\b(?:meetings?|session|plenary)\\b");

  private EventTitles() {}

  /**
   * Whether an event named in passing is an IGN meeting ("A further meeting is foreseen for ..."):
   * a day the schedule may need, which the letter gives no time or room for.
   */
  static boolean ignMeeting(String title) {
    return IGN_MEETING.matcher(title).find();
  }

  /**
   * The event a date belongs to: "the first informal meeting (informal) on 2 October 2024" gives
   * "First informal meeting of the IGN"; "an informal meeting of the plenary on ..." gives
   * "Informal meeting of the plenary".
   */
  static Optional<String> title(String before) {
    String text = before;
    String stripped;
    do {
      stripped = text;
      text = text.replaceAll("(?i)[\\s,]*\\b(?:on|of|from|held|for|scheduled|between|at)\\s*$", "");
    } while (!text.equals(stripped));
    text = text.strip();
    Matcher article = ARTICLE.matcher(text);
    List<Integer> starts = new ArrayList<>();
    while (article.find()) {
      starts.add(article.end());
    }
    for (int i = starts.size() - 1; i >= 0; i--) {
      if (text.length() - starts.get(i) > 120) {
        return Optional.empty();
      }
      String phrase = phrase(text.substring(starts.get(i)));
      if (!EVENT.matcher(phrase).find()) {
        continue;
      }
      String lead = text.substring(0, starts.get(i));
      if (i > 0 && lead.matches("(?is).*\\bof\\s+(?:the|a|an)\\s+$")) {
        String longer = phrase(text.substring(starts.get(i - 1)));
        if (longer.endsWith(phrase)) {
          phrase = longer;
        }
      }
      if (phrase.matches("(?i).*\\b(?:meeting|meetings|session|consultations?)$")
          && !phrase.matches("(?i).*\\b(?:IGN|general\\s+assembly|plenary)\\b.*")) {
        phrase += " of the IGN";
      }
      return Optional.of(Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1));
    }
    return Optional.empty();
  }

  /** A noun phrase up to its verb, without asides in brackets. */
  private static String phrase(String text) {
    return text.replaceAll("\\s*\\([^)]*\\)", "")
        .replaceAll("(?i)\\s+(?:will|is|are|was|were|shall|would|has|have)\\b.*$", "")
        .strip();
  }
}
