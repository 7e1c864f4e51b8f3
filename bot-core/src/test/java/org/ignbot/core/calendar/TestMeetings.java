package org.ignbot.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.schedule.Topic;
import org.ignbot.core.time.VenueTime;

/** Meetings for the calendar tests, built the way the schedule file builds them. */
final class TestMeetings {
  static final Source LETTER =
      new Source(
          "letter-1",
          "Co-Chairs' letter",
          Optional.of(LocalDate.of(2024, 11, 1)),
          List.of("Alexander (Co-Chair)"),
          List.of());

  private TestMeetings() {}

  static Sitting sitting(LocalDate day, String from, String to, boolean spillOver) {
    return new Sitting(
        day.atTime(LocalTime.parse(from)).atZone(VenueTime.ZONE),
        day.atTime(LocalTime.parse(to)).atZone(VenueTime.ZONE),
        spillOver);
  }

  /** A plenary on {@code day}: morning and afternoon, the afternoon reserved for spill-over. */
  static Meeting plenary(String id, LocalDate day, Cluster... clusters) {
    return new Meeting(
        id,
        79,
        "1st IGN Plenary",
        day,
        List.of(sitting(day, "10:00", "13:00", false), sitting(day, "15:00", "18:00", true)),
        Optional.of("Trusteeship Council Chamber"),
        List.of(Topic.of("Categories of membership"), Topic.of("Cross-regional representation")),
        Set.of(clusters),
        List.of("The five clusters in a holistic manner."),
        MeetingStatus.SCHEDULED,
        1,
        Optional.empty(),
        LETTER);
  }

  static Meeting dateOnly(String id, LocalDate day) {
    return new Meeting(
        id,
        79,
        "General Assembly debate on Security Council reform",
        day,
        List.of(),
        Optional.empty(),
        List.of(),
        Set.of(),
        List.of("The letter gives no time or venue."),
        MeetingStatus.SCHEDULED,
        1,
        Optional.empty(),
        LETTER);
  }

  static Meeting withText(Meeting meeting, String title, List<Topic> topics, List<String> notes) {
    return new Meeting(
        meeting.id(),
        meeting.session(),
        title,
        meeting.date(),
        meeting.sittings(),
        meeting.venue(),
        topics,
        meeting.clusters(),
        notes,
        meeting.status(),
        meeting.revision(),
        meeting.updated(),
        meeting.source());
  }

  /** The meeting moved to {@code day} with these sittings, as a new revision. */
  static Meeting moved(Meeting meeting, LocalDate day, List<Sitting> sittings, Instant when) {
    return new Meeting(
        meeting.id(),
        meeting.session(),
        meeting.title(),
        day,
        sittings,
        meeting.venue(),
        meeting.topics(),
        meeting.clusters(),
        meeting.notes(),
        meeting.status(),
        meeting.revision() + 1,
        Optional.of(when),
        meeting.source());
  }

  static Meeting cancelled(Meeting meeting, Instant when) {
    return new Meeting(
        meeting.id(),
        meeting.session(),
        meeting.title(),
        meeting.date(),
        meeting.sittings(),
        meeting.venue(),
        meeting.topics(),
        meeting.clusters(),
        meeting.notes(),
        MeetingStatus.CANCELLED,
        meeting.revision() + 1,
        Optional.of(when),
        meeting.source());
  }

  /** {@code count} meetings of two sittings each, one a working day apart, on rotating clusters. */
  static List<Meeting> many(int count) {
    List<Meeting> meetings = new ArrayList<>();
    LocalDate day = LocalDate.of(2025, 1, 6);
    Cluster[] clusters = Cluster.values();
    for (int i = 0; i < count; i++) {
      meetings.add(plenary("m-" + i, day, clusters[i % clusters.length]));
      day = day.plusDays(1);
    }
    return meetings;
  }
}
