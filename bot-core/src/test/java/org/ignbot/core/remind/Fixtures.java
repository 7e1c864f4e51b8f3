package org.ignbot.core.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.time.VenueTime;

/** Meetings and recipients for the reminder tests. */
final class Fixtures {
  static final LocalDate DAY = LocalDate.of(2024, 11, 19);
  static final Source LETTER =
      new Source(
          "letter", "Co-Chairs' letter", Optional.of(DAY.minusDays(30)), List.of(), List.of());

  private Fixtures() {}

  static Instant at(String time) {
    return ZonedDateTime.of(DAY, LocalTime.parse(time), VenueTime.ZONE).toInstant();
  }

  static Sitting sitting(String from, String to) {
    return org.ignbot.core.Fixtures.sitting(DAY, from, to);
  }

  static Meeting meeting(
      String id, MeetingStatus status, Set<Cluster> clusters, Sitting... sittings) {
    return new Meeting(
        id,
        79,
        "1st IGN Plenary",
        DAY,
        List.of(sittings),
        Optional.of("Trusteeship Council Chamber"),
        List.of(),
        clusters,
        List.of(),
        status,
        1,
        Optional.empty(),
        LETTER);
  }

  static Meeting plenary() {
    return meeting(
        "plenary",
        MeetingStatus.SCHEDULED,
        Set.of(Cluster.CATEGORIES),
        sitting("10:00", "13:00"),
        sitting("15:00", "18:00"));
  }

  static Recipient dm(String user) {
    return new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, user);
  }
}
