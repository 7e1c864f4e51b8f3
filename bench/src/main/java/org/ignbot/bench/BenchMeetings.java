package org.ignbot.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.schedule.Topic;
import org.ignbot.core.time.VenueTime;

/**
 * A schedule of {@code count} meetings, each a morning and an afternoon sitting: 2 × count events.
 */
final class BenchMeetings {
  private static final Source LETTER =
      new Source(
          "letter",
          "Co-Chairs' letter convening the IGN plenary meetings",
          Optional.of(LocalDate.of(2025, 1, 2)),
          List.of("Tareq Albanai", "Lise Gregoire-van Haaren"),
          List.of());

  private BenchMeetings() {}

  /** {@code revision} changes every meeting, so that two schedules differ throughout. */
  static Schedule schedule(int count, int revision) {
    List<Meeting> meetings = new ArrayList<>(count);
    LocalDate day = LocalDate.of(2025, 1, 6);
    Cluster[] clusters = Cluster.values();
    for (int i = 0; i < count; i++) {
      meetings.add(
          new Meeting(
              "m-" + i,
              79,
              "IGN Plenary " + (i + 1),
              day,
              List.of(
                  sitting(day, "10:00", "13:00", false),
                  sitting(day, "15:00", "18:00", i % 3 == 0)),
              Optional.of("Trusteeship Council Chamber"),
              List.of(
                  Topic.of("Categories of membership; the question of the veto"),
                  new Topic("Model discussion (revised model)", Optional.of("Liechtenstein"))),
              Set.of(clusters[i % clusters.length], clusters[(i + 2) % clusters.length]),
              List.of("The Co-Chairs encourage delegations to focus on convergences."),
              MeetingStatus.SCHEDULED,
              revision,
              Optional.empty(),
              LETTER));
      day = day.plusDays(1);
    }
    return new Schedule(meetings);
  }

  private static Sitting sitting(LocalDate day, String from, String to, boolean spillOver) {
    return new Sitting(
        day.atTime(LocalTime.parse(from)).atZone(VenueTime.ZONE),
        day.atTime(LocalTime.parse(to)).atZone(VenueTime.ZONE),
        spillOver);
  }
}
