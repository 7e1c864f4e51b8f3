package org.ignbot.core.letter;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that tell what a prose sentence does for a meeting: convenes, looks back or moves it
 * ("rescheduled to", "The correct date is"), goes on about the one just named ("It will be held
 * ...", "Delegations are invited to focus ... on the veto"), names its day ("The meeting on ..."),
 * cancels one sitting only ("the afternoon session on ..."), or gives it the clusters named before
 * its date.
 */
final class SentenceCues {
  private static final Pattern DAY_SENTENCE =
      Pattern.compile(
          "(?i)(?:^|\\b(?:focus|subject|topic|theme|purpose)\\s+of\\s+)(?:the|this)\\s+(?:\\w+\\s+)?"
              + "(?:meeting|meetings|session|plenary)\\s*,?\\s+(?:on|of)\\s+$"
              + "|^on\\s+$");

  /** "the afternoon session on ...": one sitting of a meeting, not the whole day. */
  private static final Pattern ONE_SITTING =
      Pattern.compile(
          "(?i)\\b(morning|afternoon)\\s+(?:session|sitting|segment|meeting)\\s+(?:on|of|scheduled\\s+for)?\\s*$");

  /**
   * A sentence that goes on about the meeting just named: "It will be held ...", "Venue: ...", "At
   * the meeting, the Co-Chairs will present ...".
   */
  private static final Pattern FOLLOW =
      Pattern.compile(
          "(?i)^(?:it|they|both|each|(?:(?:at|during)\\s+)?(?:the|this|that|these|said)\\s+(?:\\w+\\s+){0,2}"
              + "(?:meeting|meetings|session|sessions|plenary|sitting|sittings|discussions?|debate|dialogue|exchange"
              + "|consultations?))\\b"
              + "|^(?:venue|room|location|place|time|times|hours)\\s*:");

  /**
   * "Delegations are invited to focus their interventions on the veto.", "Focus: the veto.", "The
   * five clusters will be discussed in a holistic manner.": the last meeting's topic.
   */
  private static final Pattern ASKED_TO_FOCUS =
      Pattern.compile(
          "(?i)^(?:delegations|member\\s+states|speakers|participants|statements|interventions)\\b"
              + ".{0,80}?\\b(?:focus|address|concentrate|centre|center)"
              + "|^(?:focus|topic|cluster|theme|subject)\\s*:"
              + "|\\bwill\\s+be\\s+(?:discussed|addressed|considered|taken\\s+up)\\b");

  /**
   * "will be held", "we would invite ...", "The negotiations will open on ...": the sentence
   * convenes the meetings it dates.
   */
  private static final Pattern CONVENES =
      Pattern.compile(
          "(?i)\\b(?:invite|convene|convening|will\\s+(?:hold|be\\s+held|take\\s+place|meet"
              + "|open|resume|reconvene|commence)"
              + "|to\\s+be\\s+held|scheduled\\s+(?:for|on)|will\\s+(?:now|instead)\\s+take\\s+place)\\b");

  /** "was held", "we thank ...": the sentence looks back. */
  private static final Pattern PAST =
      Pattern.compile(
          "(?i)\\b(?:was\\s+held|were\\s+held|took\\s+place|participation\\s+(?:in|during|at)"
              + "|we\\s+heard|thank|gratitude|last\\s+(?:week|month|session))\\b");

  /** "rescheduled to", "will instead take place", "The correct date is": a meeting moves. */
  private static final Pattern MOVE =
      Pattern.compile(
          "(?i)\\b(?:postponed|moved|rescheduled|shifted|brought\\s+forward|deferred|changed)\\s+"
              + "(?:to|until|till|for)\\b|\\bwill\\s+(?:now|instead)\\s+(?:take\\s+place|be\\s+held)\\b"
              + "|\\bwill\\s+be\\s+held\\s+instead\\b|\\bcorrect\\s+date\\s+(?:is|will\\s+be)\\b"
              + "|\\bwill\\s+(?:be\\s+held|take\\s+place)\\s+on\\s+[^.;]{0,40}?\\binstead\\b"
              + "|\\bshould\\s+read\\b");

  /** A time right before "on" and the date: "from 3 to 6 p.m. on ", "at 10:00 on the ". */
  private static final Pattern TIMES_BEFORE =
      Pattern.compile("(?i)(?:\\d|[ap]\\.?\\s?m\\.?|noon|hrs?)\\s*,?\\s+on\\s+(?:the\\s+)?$");

  /**
   * Where a paragraph's sentences end: at a stop before a capital, a bracket or a date ("the 3rd of
   * March"), but not between a time and the bracket after it ("1 p.m. (New York time)").
   */
  static final Pattern SENTENCE_END =
      Pattern.compile(
          "(?<=[.!?])\\s+(?=[A-Z\"])|(?<=[.!?])(?<![ap]\\.m\\.)\\s+(?=\\()|(?<=[.!?])\\s+(?=\\d{1,2}"
              + "(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)");

  private SentenceCues() {}

  /** The words before a date end with its times: "from 10 a.m. to 1 p.m. on ". */
  static boolean timesBefore(String lead) {
    return TIMES_BEFORE.matcher(lead).find() && SittingTimes.span(lead)[0] >= 0;
  }

  static boolean convenes(String sentence) {
    return CONVENES.matcher(sentence).find();
  }

  static boolean past(String sentence) {
    return PAST.matcher(sentence).find();
  }

  /** A matcher at the words that move a meeting, to be found. */
  static Matcher move(String sentence) {
    return MOVE.matcher(sentence);
  }

  /** A sentence that goes on about the meeting just named. */
  static boolean goesOn(String sentence) {
    return FOLLOW.matcher(sentence).find();
  }

  /** "Delegations are invited to focus their interventions on ...": the last meeting's topic. */
  static boolean asksToFocus(String sentence) {
    return ASKED_TO_FOCUS.matcher(sentence).find();
  }

  /** "The meeting on ", "On ": the words before a date that say what one day is for. */
  static boolean namesTheDay(String before) {
    return DAY_SENTENCE.matcher(before).find();
  }

  /** "the afternoon session on ": the sitting ("morning", "afternoon") the words name, if any. */
  static Optional<String> oneSitting(String before) {
    Matcher sitting = ONE_SITTING.matcher(before);
    return sitting.find()
        ? Optional.of(sitting.group(1).toLowerCase(Locale.ROOT))
        : Optional.empty();
  }

  /**
   * "A further meeting, on regional representation, is scheduled for ...", "The meeting on the size
   * ..., previously announced for ...": the clusters the sentence names before the date, for a
   * meeting whose own words name none.
   */
  static void leadClusters(String lead, DraftBuilder draft) {
    if (draft.clusters.isEmpty() && draft.topics.isEmpty()) {
      draft.clusters.addAll(ClusterMentions.in(lead));
    }
  }
}
