package org.ignbot.core.letter;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a letter says once for all its meetings ("All meetings will be held from 10 a.m. to 1 p.m.
 * and from 3 p.m. to 6 p.m. in the Trusteeship Council Chamber, unless otherwise indicated"). A
 * meeting's own row, entry or bracket wins; the defaults fill only what it leaves out. A sentence
 * pointing to the table ("which will be held in the Trusteeship Council Chamber as set out in the
 * table below") says it for the table's rows too.
 */
final class MeetingDefaults {
  private static final Pattern FOR_ALL =
      Pattern.compile(
          "(?i)\\bunless\\s+otherwise\\s+(?:indicated|stated|specified|noted|announced|mentioned)\\b"
              + "|\\b(?:all|each|every|both)\\s+(?:of\\s+the\\s+)?(?:\\w+\\s+)?(?:meetings?|sessions?|sittings?"
              + "|plenar(?:y|ies))\\b|^(?:the\\s+)?(?:meetings|sessions|sittings)\\s+(?:will|shall)\\b"
              + "|^(?:the\\s+)?(?:morning|afternoon)\\s+(?:sittings|sessions|meetings)\\b"
              + "|\\b(?:set\\s+out|listed|shown)\\s+(?:in\\s+the\\s+(?:table|annex)\\s+)?below\\b");

  /** A cell that gives a row's sittings as "Morning", "Afternoon" or "Morning and afternoon". */
  private static final Pattern PART_OF_DAY =
      Pattern.compile(
          "(?i)(?<=^|\\t)\\s*(morning\\s+(?:and|&)\\s+afternoon|full\\s+day|morning|afternoon)"
              + "(?:\\s+(?:only|sittings?|sessions?))?\\s*(?=\\t|$)");

  private Optional<Facts> facts = Optional.empty();

  /** Whether a sentence without a date says what holds for every meeting. */
  static boolean setsDefaults(String sentence) {
    return FOR_ALL.matcher(sentence).find()
        && (SittingTimes.span(sentence)[0] >= 0 || Venues.find(sentence).isPresent());
  }

  /** "morning", "afternoon" or "both", if a cell gives only that. */
  static Optional<String> partOfDay(String cells) {
    Matcher part = PART_OF_DAY.matcher(cells);
    if (!part.find()) {
      return Optional.empty();
    }
    String said = part.group(1).toLowerCase(Locale.ROOT);
    return Optional.of(said.startsWith("morning ") || said.startsWith("full") ? "both" : said);
  }

  static String withoutPartOfDay(String cells) {
    return PART_OF_DAY.matcher(cells).replaceFirst("");
  }

  void read(String sentence, List<String> warnings) {
    Facts said = Facts.of(sentence);
    facts = Optional.of(facts.map(said::or).orElse(said));
  }

  boolean any() {
    return facts.isPresent();
  }

  /** Fills in a convened meeting's times and room where its own words give none. */
  void apply(DraftBuilder draft) {
    if (draft.related || draft.cancelled || facts.isEmpty()) {
      return;
    }
    Facts all = facts.get();
    if (draft.times.isEmpty() && !all.times().isEmpty()) {
      draft.times =
          all.times().stream()
              .filter(range -> inPart(range, draft.partOfDay.orElse("both")))
              .toList();
      draft.doubts.addAll(all.doubts());
    }
    if (draft.venue.isEmpty()) {
      draft.venue = all.venue();
    }
  }

  private static boolean inPart(SittingTimes.Range range, String part) {
    boolean morning = range.start().isBefore(LocalTime.NOON);
    return part.equals("both") || morning == part.equals("morning");
  }
}
