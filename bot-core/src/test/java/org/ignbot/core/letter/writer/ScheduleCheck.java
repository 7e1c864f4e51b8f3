package org.ignbot.core.letter.writer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ignbot.core.letter.LetterReading;
import org.ignbot.core.letter.MeetingDraft;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.time.TimeFormat;

/** Compares what the reader gave with what the letter was written from, field by field. */
final class ScheduleCheck {
  private ScheduleCheck() {}

  /** Each way the reading differs from the plan, in words; empty when it reads the same. */
  static List<String> differences(
      LetterPlan plan, List<Asides.Aside> asides, LetterReading reading) {
    List<String> differences = new ArrayList<>();
    Map<LocalDate, MeetingDraft> read = new TreeMap<>();
    for (MeetingDraft draft : reading.meetings()) {
      read.put(draft.date(), draft);
    }
    asides(asides, read, reading.warnings(), differences);
    PlannedMeeting parent = null;
    for (PlannedMeeting wanted : plan.meetings()) {
      MeetingDraft got = read.remove(wanted.date());
      if (got == null) {
        differences.add("missing: " + wanted);
      } else {
        compare(wanted, got, parent, differences);
      }
      if (!wanted.spillOver() && !wanted.cancelled() && wanted.movedFrom().isEmpty()) {
        parent = wanted;
      }
    }
    List<LocalDate> notMeetings = plan.notMeetings();
    for (LocalDate date : notMeetings) {
      // The letter's date, the e-mail's, a letter referred to, a day moved from, another body's.
      String day = TimeFormat.longDay(date);
      reading.warnings().stream()
          .filter(warning -> warning.startsWith("The letter mentions " + day))
          .forEach(warning -> differences.add("a date with a known role warned about: " + warning));
    }
    for (MeetingDraft extra : read.values()) {
      differences.add(
          (notMeetings.contains(extra.date())
                  ? "a date that is no meeting read as one: "
                  : "extra meeting: ")
              + describe(extra));
    }
    for (String warning : reading.warnings()) {
      // Every row the writer sets in a table is a meeting's (or the rest of one).
      if (warning.startsWith("A row of the table was not read")) {
        differences.add("a row read as no meeting: " + warning);
      }
    }
    return differences;
  }

  /**
   * Each aside's date is no meeting (a day named in passing may be kept as such) and, since its
   * words tell its role, not warned about either.
   */
  private static void asides(
      List<Asides.Aside> asides,
      Map<LocalDate, MeetingDraft> read,
      List<String> warnings,
      List<String> differences) {
    for (Asides.Aside aside : asides) {
      MeetingDraft got = read.remove(aside.date());
      if (got != null && !got.inPassing()) {
        differences.add(aside.kind() + " aside read as a meeting: " + describe(got));
      }
      String day = TimeFormat.longDay(aside.date());
      warnings.stream()
          .filter(warning -> warning.contains(day))
          .forEach(warning -> differences.add(aside.kind() + " aside warned about: " + warning));
    }
  }

  private static void compare(
      PlannedMeeting wanted, MeetingDraft got, PlannedMeeting parent, List<String> differences) {
    List<String> wrong = new ArrayList<>();
    if (wanted.cancelled() != got.cancelled()) {
      wrong.add("cancelled " + got.cancelled());
    }
    if (!wanted.movedFrom().equals(got.movedFrom())) {
      wrong.add("moved from " + got.movedFrom().map(LocalDate::toString).orElse("nowhere"));
    }
    List<String> sittings = new ArrayList<>();
    for (Slot slot : wanted.sittings()) {
      sittings.add(sitting(slot.start(), slot.end(), wanted.spillOver()));
    }
    List<String> gotSittings =
        got.sittings().stream()
            .map(s -> sitting(s.start().toLocalTime(), s.end().toLocalTime(), s.spillOver()))
            .toList();
    if (!sittings.equals(gotSittings)) {
      wrong.add("sittings " + gotSittings);
    }
    boolean venue =
        wanted.venue().isPresent()
            ? got.venue().filter(name -> wanted.venue().get().isNamedBy(name)).isPresent()
            : got.venue().isEmpty();
    if (!venue) {
      wrong.add("venue " + got.venue().orElse("none"));
    }
    Set<Cluster> clusters = got.clusters();
    boolean sameClusters =
        clusters.equals(wanted.clusters())
            || wanted.spillOver()
                && (clusters.isEmpty() || parent != null && clusters.equals(parent.clusters()));
    if (!sameClusters) {
      wrong.add("clusters " + keys(clusters));
    }
    if (!wrong.isEmpty()) {
      differences.add("wrong: " + wanted + "\n      read " + String.join(", ", wrong));
    }
  }

  private static String sitting(LocalTime start, LocalTime end, boolean spillOver) {
    return start + "-" + end + (spillOver ? " spill-over" : "");
  }

  private static List<String> keys(Set<Cluster> clusters) {
    return clusters.stream().sorted().map(Cluster::key).toList();
  }

  static String describe(MeetingDraft draft) {
    StringBuilder out = new StringBuilder(draft.date().toString());
    if (draft.cancelled()) {
      out.append(" cancelled");
    }
    if (draft.inPassing()) {
      out.append(" in passing");
    }
    draft.movedFrom().ifPresent(from -> out.append(" moved from ").append(from));
    if (!draft.sittings().isEmpty()) {
      out.append(' ')
          .append(
              draft.sittings().stream()
                  .map(ScheduleCheck::sitting)
                  .collect(Collectors.joining(", ", "[", "]")));
    }
    draft.venue().ifPresent(venue -> out.append(" in ").append(venue));
    if (!draft.clusters().isEmpty()) {
      out.append(" on ").append(keys(draft.clusters()));
    }
    return out.toString();
  }

  private static String sitting(Sitting sitting) {
    return sitting(sitting.start().toLocalTime(), sitting.end().toLocalTime(), sitting.spillOver());
  }
}
