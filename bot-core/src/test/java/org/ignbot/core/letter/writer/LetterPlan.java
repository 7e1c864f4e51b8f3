package org.ignbot.core.letter.writer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What one random letter says: its meetings (what the reader must give back) and the dates it names
 * that are no meeting.
 *
 * @param seed the seed that draws this plan and its wording again
 * @param letterDate the date the letter bears
 * @param sent the date of the e-mail that forwards it
 * @param referred the date of an earlier letter it refers to
 * @param meetings its meetings, in date order
 * @param others other bodies' meetings (in a Journal extract)
 * @param defaults the times and room a programme of work states once for all its meetings
 */
record LetterPlan(
    long seed,
    Style style,
    Format format,
    Optional<LocalDate> letterDate,
    Optional<LocalDate> sent,
    Optional<LocalDate> referred,
    List<PlannedMeeting> meetings,
    List<OtherMeeting> others,
    Optional<Defaults> defaults) {
  LetterPlan {
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(format, "format");
    meetings = meetings.stream().sorted(Comparator.comparing(PlannedMeeting::date)).toList();
    others = List.copyOf(others);
    if (meetings.isEmpty()) {
      throw new IllegalArgumentException("a letter has a meeting");
    }
    TreeSet<LocalDate> days = new TreeSet<>();
    for (PlannedMeeting meeting : meetings) {
      if (!days.add(meeting.date())) {
        throw new IllegalArgumentException("two meetings on " + meeting.date());
      }
    }
    for (LocalDate notMeeting : notMeetings(letterDate, sent, referred, meetings, others)) {
      if (days.contains(notMeeting)) {
        throw new IllegalArgumentException(notMeeting + " is both a meeting and not one");
      }
    }
  }

  /** A letter of meetings alone: no e-mail, no letter referred to, no defaults. */
  static LetterPlan of(
      long seed,
      Style style,
      Format format,
      Optional<LocalDate> letterDate,
      List<PlannedMeeting> meetings) {
    return new LetterPlan(
        seed,
        style,
        format,
        letterDate,
        Optional.empty(),
        Optional.empty(),
        meetings,
        List.of(),
        Optional.empty());
  }

  /** Another body's meeting in the Journal: never an IGN meeting. */
  record OtherMeeting(LocalDate date, String body, Slot slot, String room) {}

  /** "All meetings will be held from ... in ..., unless otherwise indicated." */
  record Defaults(List<Slot> sittings, Room room) {
    Defaults {
      sittings = List.copyOf(sittings);
    }
  }

  /** The dates the letter names that must not become meetings. */
  List<LocalDate> notMeetings() {
    return notMeetings(letterDate, sent, referred, meetings, others);
  }

  private static List<LocalDate> notMeetings(
      Optional<LocalDate> letterDate,
      Optional<LocalDate> sent,
      Optional<LocalDate> referred,
      List<PlannedMeeting> meetings,
      List<OtherMeeting> others) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    letterDate.ifPresent(dates::add);
    sent.ifPresent(dates::add);
    referred.ifPresent(dates::add);
    for (PlannedMeeting meeting : meetings) {
      meeting.movedFrom().ifPresent(dates::add);
    }
    List<LocalDate> ign = meetings.stream().map(PlannedMeeting::date).toList();
    for (OtherMeeting other : others) {
      if (!ign.contains(other.date())) {
        dates.add(other.date());
      }
    }
    return new ArrayList<>(dates);
  }

  String describe() {
    StringBuilder out = new StringBuilder();
    letterDate.ifPresent(date -> out.append("letter date ").append(date).append('\n'));
    sent.ifPresent(date -> out.append("sent ").append(date).append('\n'));
    referred.ifPresent(date -> out.append("refers to a letter of ").append(date).append('\n'));
    defaults.ifPresent(
        all ->
            out.append("defaults ")
                .append(all.sittings())
                .append(" in ")
                .append(all.room().name())
                .append('\n'));
    for (PlannedMeeting meeting : meetings) {
      out.append("  ").append(meeting).append('\n');
    }
    return out.toString();
  }
}
