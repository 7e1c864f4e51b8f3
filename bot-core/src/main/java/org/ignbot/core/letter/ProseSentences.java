package org.ignbot.core.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ignbot.core.schedule.Topic;
import org.ignbot.core.time.TimeFormat;

/**
 * The letter's sentences that name dates: those that convene meetings ("we would invite delegations
 * to ... on 19 and 21 November 2024, 10.00 a.m. ..."), move or cancel them, say what one day is for
 * ("The meeting on 21 November 2024 will ..."), or name a related event (an informal meeting held
 * before, the General Assembly debate).
 */
final class ProseSentences {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\"])");
  private static final Pattern CONVENES =
      Pattern.compile(
          "(?i)\\b(?:invite|convene|convening|will\\s+(?:hold|be\\s+held|take\\s+place|meet)"
              + "|to\\s+be\\s+held|scheduled\\s+(?:for|on)|will\\s+(?:now|instead)\\s+take\\s+place)\\b");
  private static final Pattern PAST =
      Pattern.compile(
          "(?i)\\b(?:was\\s+held|were\\s+held|took\\s+place|participation\\s+(?:in|during|at)"
              + "|we\\s+heard|thank|gratitude|last\\s+(?:week|month|session))\\b");
  private static final Pattern MOVE =
      Pattern.compile(
          "(?i)\\b(?:postponed|moved|rescheduled|shifted|brought\\s+forward|deferred)\\s+(?:to|until|till|for)\\b"
              + "|\\bwill\\s+(?:now|instead)\\s+(?:take\\s+place|be\\s+held)\\b"
              + "|\\bwill\\s+be\\s+held\\s+instead\\b");
  private static final Pattern DAY_SENTENCE =
      Pattern.compile(
          "(?i)^(?:the|this)\\s+(?:\\w+\\s+)?(?:meeting|meetings|session|plenary)\\s+(?:on|of)\\s+$|^on\\s+$");
  private static final Pattern TOPIC_LEAD =
      Pattern.compile(
          "(?i)\\b(?:devoted\\s+to|dedicated\\s+to|focus(?:ing)?\\s+on|to\\s+discuss|discussion\\s+(?:of|on)"
              + "|on\\s+the\\s+(?:cluster|topic|issue)s?\\s+(?:of|on)|address(?:ing)?)\\s+(.+?)\\.?$");
  private static final Pattern EVENT =
      Pattern.compile(
          "(?i)\\b(?:meeting|meetings|debate|session|plenary|consultations?|dialogue|briefing|retreat)\\b");

  private static final Pattern ARTICLE = Pattern.compile("(?i)\\b(?:the|an|a)\\s+");

  private final LetterReader.Years years;
  private final List<String> warnings;
  private final List<DraftBuilder> convened = new ArrayList<>();
  private final List<DraftBuilder> dayNotes = new ArrayList<>();
  private final List<DraftBuilder> related = new ArrayList<>();
  private final List<String> unplaced = new ArrayList<>();
  private final List<Pending> pending = new ArrayList<>();

  private record Pending(String sentence, DateMention mention) {}

  ProseSentences(LetterReader.Years years, List<String> warnings) {
    this.years = years;
    this.warnings = warnings;
  }

  /** Reads one paragraph. */
  void read(String paragraph) {
    for (String sentence : SENTENCE_END.split(paragraph)) {
      List<DateMention> mentions = LetterDates.find(sentence, warnings);
      if (!mentions.isEmpty()) {
        sentence(sentence.strip(), LetterDates.find(sentence.strip(), new ArrayList<>()));
      }
    }
  }

  List<DraftBuilder> convened() {
    return convened;
  }

  /** Notes on single days, and related events, once every sentence is read. */
  List<DraftBuilder> dayNotes() {
    settle();
    return dayNotes;
  }

  List<DraftBuilder> related() {
    settle();
    return related;
  }

  /** Dates named in passing that are no meeting: left out, with a warning each. */
  List<String> unplaced() {
    settle();
    return unplaced;
  }

  private void sentence(String sentence, List<DateMention> mentions) {
    Matcher move = MOVE.matcher(sentence);
    if (move.find()) {
      List<DateMention> before = new ArrayList<>();
      DateMention to = null;
      for (DateMention mention : mentions) {
        if (mention.start() < move.start()) {
          before.add(mention);
        } else if (to == null) {
          to = mention;
        }
      }
      if (to != null && !before.isEmpty()) {
        moved(sentence, before.get(0), to, move.end());
        return;
      }
    }
    if (Changes.CANCELLED.matcher(sentence).find()) {
      for (DateMention mention : mentions) {
        for (LocalDate day : years.days(mention)) {
          DraftBuilder draft = new DraftBuilder(day);
          draft.cancelled = true;
          draft.notes.add(sentence);
          convened.add(draft);
        }
      }
      return;
    }
    boolean past = PAST.matcher(sentence).find();
    boolean times = SittingTimes.span(sentence)[0] >= 0;
    boolean venue = Venues.find(sentence).isPresent();
    if (!past && (times || venue || CONVENES.matcher(sentence).find())) {
      convene(sentence, mentions);
      return;
    }
    for (DateMention mention : mentions) {
      pending.add(new Pending(sentence, mention));
    }
  }

  private void convene(String sentence, List<DateMention> mentions) {
    String after = sentence.substring(mentions.get(0).end());
    List<SittingTimes.Range> ranges = SittingTimes.find(timesPart(after), warnings);
    Optional<String> venue =
        Venues.find(after).or(() -> Venues.find(sentence)).map(Venues.Found::name);
    Optional<String> title = title(sentence.substring(0, mentions.get(0).start()));
    List<Topic> topics = topics(sentence);
    for (DateMention mention : mentions) {
      for (LocalDate day : years.days(mention)) {
        DraftBuilder draft = new DraftBuilder(day);
        draft.times = ranges;
        draft.venue = venue;
        draft.title = title;
        draft.topics = topics;
        convened.add(draft);
      }
    }
  }

  private void moved(String sentence, DateMention from, DateMention to, int cueEnd) {
    List<LocalDate> fromDays = years.days(from);
    List<LocalDate> toDays = years.days(to);
    if (fromDays.isEmpty() || toDays.isEmpty()) {
      return;
    }
    String after = sentence.substring(Math.max(cueEnd, to.end()));
    DraftBuilder draft = new DraftBuilder(toDays.get(0));
    draft.movedFrom = Optional.of(fromDays.get(0));
    draft.times = SittingTimes.find(timesPart(after), warnings);
    draft.venue = Venues.find(after).map(Venues.Found::name);
    draft.topics = topics(sentence);
    draft.notes.add(Changes.movedNote(fromDays.get(0)));
    convened.add(draft);
  }

  /** Dates not convened here: notes on a convened day, related events, or left out. */
  private void settle() {
    if (pending.isEmpty()) {
      return;
    }
    Set<LocalDate> known = new HashSet<>();
    convened.forEach(draft -> known.add(draft.date));
    for (Pending item : pending) {
      String sentence = item.sentence();
      String before = sentence.substring(0, item.mention().start());
      for (LocalDate day : years.days(item.mention())) {
        DraftBuilder draft = new DraftBuilder(day);
        if (DAY_SENTENCE.matcher(before).find()) {
          draft.notes.add(sentence);
          draft.topics = topics(sentence);
          dayNotes.add(draft);
          continue;
        }
        Optional<String> event = title(before);
        if (event.isPresent()) {
          draft.title = event;
          draft.related = true;
          draft.notes.add(
              PAST.matcher(sentence).find()
                  ? "Named in the letter as already held; it gives no time or venue."
                  : "Named in the letter; it gives no time or venue.");
          related.add(draft);
        } else {
          unplaced.add(
              "The letter mentions "
                  + TimeFormat.longDay(day)
                  + ", but not as a meeting I can tell; left out: \""
                  + shortened(sentence)
                  + "\"");
        }
      }
    }
    pending.clear();
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

  private static List<Topic> topics(String sentence) {
    Matcher lead = TOPIC_LEAD.matcher(sentence);
    if (!lead.find()) {
      return List.of();
    }
    String listed = lead.group(1).replaceAll("(?i)^(?:a\\s+)?discussion\\s+of\\s+", "");
    int colon = listed.lastIndexOf(':');
    if (colon >= 0) {
      listed = listed.substring(colon + 1);
    }
    List<Topic> topics = Topics.fromSentence(listed);
    return Topics.clusters(topics).isEmpty() ? List.of() : topics;
  }

  /** The part of a sentence that holds times: up to the venue or the topic. */
  private static String timesPart(String text) {
    int[] span = SittingTimes.span(text);
    return span[0] < 0 ? "" : text.substring(span[0], span[1]);
  }

  private static String shortened(String sentence) {
    return sentence.length() > 80 ? sentence.substring(0, 80) + "…" : sentence;
  }
}
