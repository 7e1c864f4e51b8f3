package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.SchedulePublisher;
import org.junit.jupiter.api.Test;

/**
 * A letter that only changes a meeting's room and says its time stays ("All other arrangements,
 * including the time of the meeting, remain as announced"): the meeting keeps the times the
 * schedule has for it, without a warning; with no such meeting known, a warning saying so.
 */
class LetterVenueOnlyTests {
  private static final String CONVENED =
      "The Co-Chairs of the IGN will hold the next meeting on Tuesday, 23 March 2027, from 10 a.m."
          + " to 1 p.m., in Conference Room 4.";
  private static final String VENUE_ONLY =
      "Please be advised that the venue of the informal meeting of the IGN on Tuesday, 23 March"
          + " 2027 has been changed to Conference Room 1. All other arrangements, including the"
          + " time of the meeting, remain as announced.";

  private static ImportPreview preview(Schedule schedule, String letter) {
    LetterImport letters =
        new LetterImport(
            new LetterReader(),
            new SchedulePublisher(new InMemoryScheduleRepository(schedule), changes -> {}),
            Clock.fixed(Instant.parse("2027-03-01T12:00:00Z"), ZoneOffset.UTC));
    return letters.preview("letter.txt", letter.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aVenueOnlyChangeKeepsTheKnownTimesWithoutAWarning() {
    Schedule known = preview(Schedule.empty(), CONVENED).next();

    ImportPreview preview = preview(known, VENUE_ONLY);

    Meeting meeting = preview.next().all().get(0);
    assertThat(meeting.venue()).contains("Conference Room 1");
    assertThat(meeting.sittings())
        .extracting(sitting -> sitting.start().toLocalTime())
        .containsExactly(LocalTime.of(10, 0));
    assertThat(preview.warnings()).noneMatch(warning -> warning.contains("time"));
  }

  @Test
  void aVenueOnlyChangeOfAMeetingNotKnownSaysItHasNoTimesToKeep() {
    ImportPreview preview = preview(Schedule.empty(), VENUE_ONLY);

    assertThat(preview.warnings())
        .anyMatch(
            warning ->
                warning.startsWith("Tuesday 23 March 2027")
                    && warning.contains("keeps the times announced before"));
  }

  @Test
  void sayingTheTimeIsUnchangedIsNoWarningAtReading() {
    LetterReading reading =
        new LetterReader()
            .read(
                "The meeting of the IGN on Tuesday, 23 March 2027 will now be held in Conference"
                    + " Room 1, at the same time.",
                "pasted");

    assertThat(reading.warnings()).noneMatch(warning -> warning.contains("no time"));
  }
}
