package org.ignbot.core.calendar;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.time.TimeFormat;

/**
 * Which meetings one calendar holds: all of them, those on one cluster, or one meeting.
 *
 * @param fileName the file's name, also the last part of its URL: {@code ign.ics}, {@code
 *     ign-veto.ics}, {@code 2024-11-19.ics}
 * @param name the calendar's name as calendar apps show it
 */
public record CalendarFeed(
    String fileName, String name, Optional<Cluster> cluster, Optional<String> meetingId) {
  static final String ALL_NAME = "IGN meetings (Security Council reform)";

  public CalendarFeed {
    Objects.requireNonNull(fileName);
    Objects.requireNonNull(name);
    Objects.requireNonNull(cluster);
    Objects.requireNonNull(meetingId);
    if (cluster.isPresent() && meetingId.isPresent()) {
      throw new IllegalArgumentException("a calendar is a cluster's or a meeting's, not both");
    }
  }

  /** Every meeting: {@code ign.ics}. */
  public static CalendarFeed all() {
    return new CalendarFeed("ign.ics", ALL_NAME, Optional.empty(), Optional.empty());
  }

  /** The meetings on one cluster: {@code ign-veto.ics}. */
  public static CalendarFeed of(Cluster cluster) {
    return new CalendarFeed(
        "ign-" + cluster.key() + ".ics",
        "IGN meetings: " + cluster.officialName(),
        Optional.of(cluster),
        Optional.empty());
  }

  /** One meeting: {@code 2024-11-19.ics}. */
  public static CalendarFeed of(Meeting meeting) {
    return new CalendarFeed(
        meeting.id() + ".ics",
        "IGN: " + meeting.title() + ", " + TimeFormat.shortDay(meeting.date()),
        Optional.empty(),
        Optional.of(meeting.id()));
  }

  /**
   * The subscription feed with this name, without {@code .ics}: {@code ign} or {@code ign-<cluster
   * key>}.
   */
  public static Optional<CalendarFeed> named(String name) {
    if (name.equals("ign")) {
      return Optional.of(all());
    }
    if (name.startsWith("ign-")) {
      return Cluster.fromKey(name.substring("ign-".length())).map(CalendarFeed::of);
    }
    return Optional.empty();
  }

  /** Whether this is a subscription feed (all meetings or a cluster's) rather than one meeting. */
  public boolean isSubscription() {
    return meetingId.isEmpty();
  }

  /** The meetings this calendar holds, cancelled ones included so that calendars drop them. */
  public List<Meeting> select(Schedule schedule) {
    if (meetingId.isPresent()) {
      return schedule.byId(meetingId.get()).stream().toList();
    }
    return cluster
        .map(c -> schedule.all().stream().filter(m -> m.clusters().contains(c)).toList())
        .orElse(schedule.all());
  }
}
