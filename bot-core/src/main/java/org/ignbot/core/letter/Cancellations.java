package org.ignbot.core.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A sentence that cancels: the meetings on its dates ("The meeting on 9 March will not take
 * place"), one sitting of one ("the afternoon session on 9 March will not take place": the meeting
 * stays, with a doubt to check its sittings), or an event that is no meeting ("The briefing by the
 * Co-Chairs scheduled for ... has been cancelled": its dates are only mentioned in passing).
 */
final class Cancellations {
  private Cancellations() {}

  /** The meetings the sentence cancels or keeps with one sitting less; empty for another event. */
  static List<DraftBuilder> read(
      String sentence, List<DateMention> mentions, Years years, DateLedger ledger) {
    String before = sentence.substring(0, mentions.get(0).start());
    if (OtherEvents.notAMeeting(before)) {
      mentions.forEach(m -> years.days(m).forEach(day -> ledger.record(day, DateRole.IN_PASSING)));
      return List.of();
    }
    Optional<String> sitting = SentenceCues.oneSitting(before);
    Optional<String> otherName = OtherEvents.ignEvent(before);
    List<DraftBuilder> group = new ArrayList<>();
    for (DateMention mention : sitting.isPresent() ? mentions.subList(0, 1) : mentions) {
      for (LocalDate day : years.days(mention)) {
        DraftBuilder draft = new DraftBuilder(day);
        draft.notes.add(sentence);
        draft.cancelled = sitting.isEmpty();
        sitting.ifPresent(
            which ->
                draft.doubts.add(
                    "the letter cancels only the "
                        + which
                        + " sitting; the meeting keeps the sittings shown here. Check them."));
        otherName.ifPresent(
            event ->
                draft.doubts.add(
                    "the letter cancels the IGN "
                        + event
                        + " of this day, which it does not call a meeting; a meeting here is shown"
                        + " cancelled. Check it."));
        ledger.record(day, sitting.isPresent() ? DateRole.CONVENED : DateRole.CANCELLED);
        group.add(draft);
      }
    }
    return group;
  }
}
