package org.ignbot.core.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.Fixtures;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.MeetingDiff;
import org.ignbot.core.schedule.Publication;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.Source;

/**
 * The weeks around the end of summer time in Europe (Sunday 25 October 2026; New York keeps it
 * until 1 November, so Vienna is five hours ahead of New York that week instead of six), and the
 * letters published in them: for the digest tests of the core, the store and each platform.
 */
public final class DigestFixtures {
  public static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
  public static final Source LETTER_OF_21_OCTOBER =
      new Source(
          "letter-2026-10-21",
          "Co-Chairs' letter",
          Optional.of(LocalDate.of(2026, 10, 21)),
          List.of("Tareq Albanai", "Lise Gregoire-van Haaren"),
          List.of());
  public static final Meeting TUESDAY_20 =
      Fixtures.meeting("2026-10-20").title("3rd IGN meeting").build();
  public static final Meeting TUESDAY =
      Fixtures.meeting("2026-10-27")
          .title("4th IGN meeting")
          .topic("Categories of membership")
          .topic("Question of the veto")
          .build();
  public static final Meeting WEDNESDAY =
      Fixtures.meeting("2026-10-28").title("5th IGN meeting").build();
  public static final Meeting FRIDAY =
      Fixtures.meeting("2026-10-30").title("6th IGN meeting").build();
  public static final Meeting NEXT_TUESDAY =
      Fixtures.meeting("2026-11-03").title("7th IGN meeting").build();
  public static final Meeting THURSDAY =
      Fixtures.meeting("2026-10-29").title("Informal dialogue").build();

  private DigestFixtures() {}

  /** Vienna wall time as an instant. */
  public static Instant vienna(String localDateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), VIENNA).toInstant();
  }

  /** The schedule as it stood before the letter of 21 October. */
  public static InMemoryScheduleRepository schedule() {
    return new InMemoryScheduleRepository(
        new Schedule(List.of(TUESDAY_20, TUESDAY, WEDNESDAY, FRIDAY, NEXT_TUESDAY)));
  }

  /**
   * The schedule after the week of 19 October: the 4th meeting re-published on 15 October (before
   * that week's digest), then the letter of 21 October adding the informal dialogue, moving the 6th
   * meeting to 5 November and cancelling the 5th.
   */
  public static InMemoryScheduleRepository scheduleWithChanges() {
    InMemoryScheduleRepository schedules = schedule();
    publish(schedules, vienna("2026-10-15T12:00"), Optional.of(TUESDAY), TUESDAY);
    publish(schedules, vienna("2026-10-21T16:00"), Optional.empty(), THURSDAY);
    publish(
        schedules,
        vienna("2026-10-22T10:00"),
        Optional.of(FRIDAY),
        Fixtures.meeting("2026-11-05").id(FRIDAY.id()).title(FRIDAY.title()).build());
    publish(
        schedules,
        vienna("2026-10-23T10:00"),
        Optional.of(WEDNESDAY),
        WEDNESDAY.cancelled("Cancelled by the Co-Chairs: no interpretation that day."));
    return schedules;
  }

  /** Publishes {@code after} (new, or replacing {@code before}) at {@code when} by the letter. */
  public static void publish(
      InMemoryScheduleRepository schedules, Instant when, Optional<Meeting> before, Meeting after) {
    Meeting published =
        after.revised(before.map(Meeting::revision).orElse(0) + 1, when, LETTER_OF_21_OCTOBER);
    MeetingChange.Kind kind =
        before.isEmpty()
            ? MeetingChange.Kind.ADDED
            : published.isCancelled() ? MeetingChange.Kind.CANCELLED : MeetingChange.Kind.CHANGED;
    List<Meeting> meetings = new ArrayList<>(schedules.current().all());
    meetings.removeIf(m -> m.id().equals(published.id()));
    meetings.add(published);
    MeetingChange change =
        new MeetingChange(
            kind,
            before,
            published,
            before.map(b -> MeetingDiff.between(b, published)).orElse(List.of()),
            LETTER_OF_21_OCTOBER);
    if (!schedules.publish(
        new Publication(
            schedules.current(), new Schedule(meetings), List.of(change), Optional.empty()))) {
      throw new IllegalStateException("the test schedule changed under the publication");
    }
  }
}
