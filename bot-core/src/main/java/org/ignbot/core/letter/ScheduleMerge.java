package org.ignbot.core.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ignbot.core.schedule.FieldChange;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.MeetingDiff;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.time.GaSession;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.VenueTime;

/**
 * Lays a letter's meetings over the current schedule. A meeting keeps its id when a letter moves or
 * changes it; what the letter leaves out stays as it was; meetings the letter does not mention are
 * untouched.
 */
final class ScheduleMerge {
  private final Schedule basis;
  private final Source source;
  private final Instant now;
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, Meeting> byId = new HashMap<>();
  private final List<MeetingChange> changes = new ArrayList<>();
  private final List<Meeting> unchanged = new ArrayList<>();
  private final Set<String> touched = new HashSet<>();

  ScheduleMerge(Schedule basis, Source source, Instant now) {
    this.basis = basis;
    this.source = source;
    this.now = now;
    basis.all().forEach(meeting -> byId.put(meeting.id(), meeting));
  }

  void apply(MeetingDraft draft) {
    Optional<Meeting> existing = find(draft);
    if (existing.isPresent() && !touched.add(existing.get().id())) {
      warnings.add(
          "The letter states the meeting "
              + existing.get().id()
              + " twice; I used the first. Check the letter.");
      return;
    }
    if (existing.isEmpty()) {
      if (draft.cancelled()) {
        warnings.add(
            "The letter cancels a meeting on "
                + TimeFormat.longDay(draft.movedFrom().orElse(draft.date()))
                + " that is not in the schedule; nothing to cancel.");
        return;
      }
      draft
          .movedFrom()
          .ifPresent(
              from ->
                  warnings.add(
                      "The letter moves a meeting from "
                          + TimeFormat.longDay(from)
                          + ", which is not in the schedule; I added the one on "
                          + TimeFormat.longDay(draft.date())
                          + " as new."));
      noTimesToKeep(draft, List.of());
      Meeting added = added(draft);
      byId.put(added.id(), added);
      touched.add(added.id());
      changes.add(
          new MeetingChange(MeetingChange.Kind.ADDED, Optional.empty(), added, List.of(), source));
      return;
    }
    Meeting before = existing.get();
    noTimesToKeep(draft, before.sittings());
    if (draft.inPassing()) {
      unchanged.add(before);
      return;
    }
    Meeting after = updated(before, draft);
    List<FieldChange> fields = MeetingDiff.between(before, after);
    if (fields.isEmpty()) {
      unchanged.add(before);
      return;
    }
    Meeting published = after.revised(before.revision() + 1, now, source);
    byId.put(published.id(), published);
    MeetingChange.Kind kind =
        published.isCancelled() && !before.isCancelled()
            ? MeetingChange.Kind.CANCELLED
            : MeetingChange.Kind.CHANGED;
    changes.add(new MeetingChange(kind, Optional.of(before), published, fields, source));
  }

  Schedule next() {
    return changes.isEmpty() ? basis : new Schedule(new ArrayList<>(byId.values()));
  }

  List<MeetingChange> changes() {
    return changes;
  }

  List<Meeting> unchanged() {
    return unchanged;
  }

  List<String> warnings() {
    return warnings;
  }

  /** The meeting a draft speaks of: where it was moved from, else the one on its day. */
  private Optional<Meeting> find(MeetingDraft draft) {
    if (draft.movedFrom().isPresent()) {
      LocalDate from = draft.movedFrom().get();
      Optional<Meeting> onDay = onDay(from);
      if (onDay.isPresent()) {
        return onDay;
      }
      Optional<Meeting> byOldId = Optional.ofNullable(byId.get(from.toString()));
      if (byOldId.isPresent()) {
        return byOldId;
      }
    }
    return onDay(draft.date());
  }

  private Optional<Meeting> onDay(LocalDate day) {
    List<Meeting> meetings =
        byId.values().stream()
            .filter(meeting -> meeting.date().equals(day))
            .sorted((a, b) -> Boolean.compare(a.isCancelled(), b.isCancelled()))
            .toList();
    return meetings.stream().findFirst();
  }

  private Meeting added(MeetingDraft draft) {
    String id = draft.date().toString();
    for (int n = 2; byId.containsKey(id); n++) {
      id = draft.date() + "-" + n;
    }
    return new Meeting(
        id,
        GaSession.of(draft.date()),
        draft.title().orElse("IGN meeting"),
        draft.date(),
        draft.sittings(),
        draft.venue(),
        draft.topics(),
        draft.clusters(),
        draft.notes(),
        draft.cancelled() ? MeetingStatus.CANCELLED : MeetingStatus.SCHEDULED,
        1,
        Optional.of(now),
        source);
  }

  private Meeting updated(Meeting before, MeetingDraft draft) {
    List<Sitting> sittings = draft.sittings();
    if (sittings.isEmpty()) {
      sittings = redated(before.sittings(), draft.date());
    }
    boolean newTopics = !draft.topics().isEmpty();
    List<String> notes = new ArrayList<>(before.notes());
    draft.notes().stream().filter(note -> !notes.contains(note)).forEach(notes::add);
    return new Meeting(
        before.id(),
        GaSession.of(draft.date()),
        draft.title().orElse(before.title()),
        draft.date(),
        sittings,
        draft.venue().or(before::venue),
        newTopics ? draft.topics() : before.topics(),
        newTopics ? draft.clusters() : before.clusters(),
        notes,
        draft.cancelled() ? MeetingStatus.CANCELLED : MeetingStatus.SCHEDULED,
        before.revision(),
        before.updated(),
        before.source());
  }

  /** Warns when the letter keeps the times announced before and the schedule has none. */
  private void noTimesToKeep(MeetingDraft draft, List<Sitting> known) {
    if (draft.timesAsBefore() && draft.sittings().isEmpty() && known.isEmpty()) {
      warnings.add(
          TimeFormat.longDay(draft.date())
              + ": the letter keeps the times announced before, but the schedule has none for"
              + " this meeting; it has no times until you add them. Check it.");
    }
  }

  /** The same sittings on another day, at the same New York times. */
  static List<Sitting> redated(List<Sitting> sittings, LocalDate day) {
    return sittings.stream()
        .map(
            sitting ->
                new Sitting(
                    day.atTime(sitting.start().toLocalTime()).atZone(VenueTime.ZONE),
                    day.atTime(sitting.end().toLocalTime()).atZone(VenueTime.ZONE),
                    sitting.spillOver()))
        .toList();
  }
}
