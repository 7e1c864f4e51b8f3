package org.ignbot.core.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The letter's sentences: those that convene meetings ("we would invite delegations to ... on 19
 * and 21 November 2024, 10.00 a.m. ..."), move or cancel them, say what one day is for ("The
 * meeting on 21 November 2024 will ..."), go on about the meeting just named ("It will be held from
 * ...", "The meeting will focus on ..."), set what holds for all ("All meetings will be held ...
 * unless otherwise indicated"), or name a related event (an informal meeting held before).
 */
final class ProseSentences {
  private final Years years;
  private final List<String> warnings;
  private final DateLedger ledger;
  private final MeetingDefaults defaults;
  private final List<DraftBuilder> convened = new ArrayList<>();
  private final List<DraftBuilder> dayNotes = new ArrayList<>();
  private final List<DraftBuilder> related = new ArrayList<>();
  private List<DraftBuilder> lastGroup = List.of();
  private Optional<DateMention> erroneous = Optional.empty();

  ProseSentences(Years years, List<String> warnings, DateLedger ledger, MeetingDefaults defaults) {
    this.years = years;
    this.warnings = warnings;
    this.ledger = ledger;
    this.defaults = defaults;
  }

  /** Reads one paragraph. */
  void read(String paragraph) {
    for (String sentence : SentenceCues.SENTENCE_END.split(paragraph)) {
      String said = sentence.strip();
      List<DateMention> all = LetterDates.find(said, warnings);
      List<DateMention> mentions = new ArrayList<>();
      Optional<DateMention> original = Optional.empty();
      for (DateMention mention : all) {
        Optional<DateRole> role = DateRoles.before(said, mention);
        if (role.isEmpty()) {
          mentions.add(mention);
          continue;
        }
        years.days(mention).forEach(day -> ledger.record(day, role.get()));
        if (role.get() == DateRole.ORIGINAL && original.isEmpty()) {
          original = Optional.of(mention);
        }
      }
      if (mentions.isEmpty() && original.isPresent() && Changes.CANCELLED.matcher(said).find()) {
        // "the meeting previously scheduled for 15 February has been cancelled"
        mentions.add(original.get());
        original = Optional.empty();
      }
      if (mentions.isEmpty()) {
        // "... was erroneously given as 18 February. The correct date is 19 February."
        erroneous = original;
        noDate(said);
      } else {
        sentence(said, mentions, original.or(() -> erroneous));
        erroneous = Optional.empty();
      }
    }
  }

  List<DraftBuilder> convened() {
    return convened;
  }

  List<DraftBuilder> dayNotes() {
    return dayNotes;
  }

  List<DraftBuilder> related() {
    return related;
  }

  /** A sentence without a date: what holds for all meetings, or more on the last one named. */
  private void noDate(String sentence) {
    if (MeetingDefaults.setsDefaults(sentence)) {
      defaults.read(sentence, warnings);
      return;
    }
    if (lastGroup.isEmpty()) {
      return;
    }
    if (SentenceCues.goesOn(sentence)) {
      for (DraftBuilder draft : lastGroup) {
        Facts.of(sentence).fill(draft, true);
        SameAsBefore.fill(sentence, draft, convened);
      }
    } else if (SentenceCues.asksToFocus(sentence)) {
      lastGroup.forEach(draft -> draft.clusters.addAll(ClusterMentions.in(sentence)));
    }
  }

  private void sentence(
      String sentence, List<DateMention> mentions, Optional<DateMention> original) {
    if (OtherEvents.otherBody(sentence)) {
      // Another body's meeting, moved or cancelled too, is none of the IGN's.
      record(mentions, DateRole.OTHER_BODY);
      return;
    }
    Matcher move = SentenceCues.move(sentence);
    if (move.find()) {
      Optional<DateMention> from = original;
      DateMention to = null;
      for (DateMention mention : mentions) {
        if (mention.start() < move.start()) {
          from = from.or(() -> Optional.of(mention));
        } else if (to == null) {
          to = mention;
        }
      }
      if (to != null && from.isPresent()) {
        moved(sentence, from.get(), to, move.end());
        return;
      }
    }
    if (Changes.CANCELLED.matcher(sentence).find()) {
      cancel(sentence, mentions);
      return;
    }
    boolean past = SentenceCues.past(sentence);
    boolean times = SittingTimes.span(sentence)[0] >= 0;
    boolean venue = Venues.find(sentence).isPresent();
    if (!past && (times || venue || SentenceCues.convenes(sentence))) {
      convene(sentence, mentions);
      return;
    }
    int notes = dayNotes.size();
    for (DateMention mention : mentions) {
      aside(sentence, mention, past);
    }
    if (dayNotes.size() > notes) {
      lastGroup = List.copyOf(dayNotes.subList(notes, dayNotes.size()));
    }
  }

  private void record(List<DateMention> mentions, DateRole role) {
    mentions.forEach(mention -> years.days(mention).forEach(day -> ledger.record(day, role)));
  }

  private void convene(String sentence, List<DateMention> mentions) {
    Optional<String> title = EventTitles.title(sentence.substring(0, mentions.get(0).start()));
    Facts whole = Facts.of(sentence.substring(mentions.get(0).end()));
    List<DraftBuilder> group = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      DateMention mention = mentions.get(i);
      int end = i + 1 < mentions.size() ? mentions.get(i + 1).start() : sentence.length();
      int from = i == 0 ? 0 : mentions.get(i - 1).end();
      // "from 10 a.m. to 1 p.m. on 13 April and from 3 to 6 p.m. on 14 April": times go first.
      String lead = sentence.substring(from, mention.start());
      String after = sentence.substring(mention.end(), end);
      boolean first = SentenceCues.timesBefore(lead);
      boolean nextFirst = end < sentence.length() && SentenceCues.timesBefore(after);
      Facts own = Facts.of(after);
      if (first || nextFirst) {
        own = own.withTimesOf(Facts.of((first ? lead : "") + " " + (nextFirst ? "" : after)));
      }
      own = own.or(whole);
      // "A possible spill-over meeting is foreseen on ...": the words may come before the date.
      boolean spill = Facts.of(sentence.substring(from, end)).spillOver();
      for (LocalDate day : years.days(mention)) {
        DraftBuilder draft = new DraftBuilder(day);
        draft.title = title;
        own.fill(draft, false);
        SentenceCues.leadClusters(sentence.substring(0, mentions.get(0).start()), draft);
        draft.spillOver |= spill;
        SameAsBefore.fill(sentence, draft, convened);
        ledger.record(day, DateRole.CONVENED);
        group.add(draft);
      }
    }
    Respectively.share(sentence, group);
    convened.addAll(group);
    lastGroup = group;
  }

  /**
   * "... has been cancelled". "The afternoon session on 9 March will not take place" cancels one
   * sitting: the meeting stays, with the sittings the next sentence gives ("The morning session
   * will proceed ... from 10 a.m. to 1 p.m."), and a warning on the day asks the admin to check
   * them.
   */
  private void cancel(String sentence, List<DateMention> mentions) {
    List<DraftBuilder> group = Cancellations.read(sentence, mentions, years, ledger);
    convened.addAll(group);
    if (!group.isEmpty() && group.stream().noneMatch(draft -> draft.cancelled)) {
      lastGroup = group; // one sitting cancelled: the next sentence may give the rest
    }
  }

  private void moved(String sentence, DateMention from, DateMention to, int cueEnd) {
    List<LocalDate> fromDays = years.days(from);
    List<LocalDate> toDays = years.days(to);
    if (fromDays.isEmpty() || toDays.isEmpty()) {
      return;
    }
    fromDays.forEach(day -> ledger.record(day, DateRole.ORIGINAL));
    DraftBuilder draft = new DraftBuilder(toDays.get(0));
    draft.movedFrom = Optional.of(fromDays.get(0));
    Facts.of(sentence.substring(Math.max(cueEnd, to.end()))).fill(draft, false);
    SentenceCues.leadClusters(sentence.substring(0, Math.min(from.start(), to.start())), draft);
    draft.notes.add(Changes.movedNote(fromDays.get(0)));
    ledger.record(draft.date, DateRole.CONVENED);
    convened.add(draft);
    lastGroup = List.of(draft);
  }

  /** A date that is no meeting convened here: a note on a day, a related event, or nothing. */
  private void aside(String sentence, DateMention mention, boolean past) {
    String before = sentence.substring(0, mention.start());
    for (LocalDate day : years.days(mention)) {
      DraftBuilder draft = new DraftBuilder(day);
      if (SentenceCues.namesTheDay(before)) {
        draft.notes.add(sentence);
        Facts.of(sentence.substring(mention.end())).fill(draft, false);
        SentenceCues.leadClusters(before, draft); // "The veto will be the focus of the meeting of"
        dayNotes.add(draft);
        continue;
      }
      Optional<String> event = EventTitles.title(before);
      if (event.isPresent()) {
        draft.title = event;
        draft.related = true;
        draft.notes.add(
            past
                ? "Named in the letter as already held; it gives no time or venue."
                : "Named in the letter; it gives no time or venue.");
        if (!past && EventTitles.ignMeeting(event.get())) {
          draft.doubts.add(
              "the letter names a meeting on this day without its time or room; it is shown as"
                  + " named in passing. Check it.");
        }
        ledger.record(day, past ? DateRole.HELD : DateRole.IN_PASSING);
        related.add(draft);
      }
    }
  }
}
