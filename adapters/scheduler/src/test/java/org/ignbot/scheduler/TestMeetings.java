package org.ignbot.scheduler;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.time.VenueTime;

/** Meetings on 19 November 2024 for the runner tests. */
final class TestMeetings {
  static final LocalDate DAY = LocalDate.of(2024, 11, 19);
  static final Source LETTER =
      new Source(
          "letter",
          "Co-Chairs' letter",
          Optional.of(DAY.minusDays(30)),
          List.of("A", "B"),
          List.of());

  private TestMeetings() {}

  /** New York time on the day. */
  static Instant at(String time) {
    return ZonedDateTime.of(DAY, LocalTime.parse(time), VenueTime.ZONE).toInstant();
  }

  static Sitting sitting(String from, String to) {
    return org.ignbot.core.Fixtures.sitting(DAY, from, to);
  }

  static Meeting plenary(MeetingStatus status, int revision, Sitting... sittings) {
    return new Meeting(
        "plenary",
        79,
        "1st IGN Plenary",
        DAY,
        List.of(sittings),
        Optional.of("Trusteeship Council Chamber"),
        List.of(),
        Set.of(Cluster.CATEGORIES),
        List.of(),
        status,
        revision,
        Optional.empty(),
        LETTER);
  }
}
