package org.ignbot.core.letter;

import java.util.List;
import java.util.Optional;
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
              + "|\\b(?:set\\s+out|listed|shown)\\s+(?:in\\s+the\\s+(?:table|annex)\\s+)?below\\b");

  private Optional<Facts> facts = Optional.empty();

  /** Whether a sentence without a date says what holds for every meeting. */
  static boolean setsDefaults(String sentence) {
    return FOR_ALL.matcher(sentence).find()
        && (SittingTimes.span(sentence)[0] >= 0 || Venues.find(sentence).isPresent());
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
      draft.times = all.times();
      draft.doubts.addAll(all.doubts());
    }
    if (draft.venue.isEmpty()) {
      draft.venue = all.venue();
    }
  }
}
