package org.ignbot.core.remind;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;

/**
 * Reminders for one recipient (a user by direct message, or a channel): every meeting, one
 * cluster's, or one meeting's ({@code remind <id>}); with its lead times; since when (reminders
 * that fell due before are not sent); paused when the platform refused the recipient for good.
 *
 * @param meeting the id of the one meeting followed, for a reminder of one meeting
 */
public record Subscription(
    Recipient recipient,
    Optional<Cluster> cluster,
    List<Duration> leadTimes,
    Instant since,
    Optional<String> pausedBecause,
    Optional<String> meeting) {
  public Subscription {
    Objects.requireNonNull(recipient);
    Objects.requireNonNull(cluster);
    Objects.requireNonNull(since);
    Objects.requireNonNull(pausedBecause);
    Objects.requireNonNull(meeting);
    if (cluster.isPresent() && meeting.isPresent()) {
      throw new IllegalArgumentException("a subscription follows a cluster or a meeting, not both");
    }
    leadTimes = leadTimes.stream().distinct().sorted((a, b) -> b.compareTo(a)).toList();
    if (leadTimes.isEmpty() || leadTimes.size() > LeadTimes.MAX_COUNT) {
      throw new IllegalArgumentException("a subscription has 1 to 5 lead times: " + leadTimes);
    }
    for (Duration lead : leadTimes) {
      if (lead.compareTo(LeadTimes.MIN) < 0 || lead.compareTo(LeadTimes.MAX) > 0) {
        throw new IllegalArgumentException("a lead time is 5 minutes to 14 days: " + lead);
      }
    }
  }

  public Subscription(
      Recipient recipient,
      Optional<Cluster> cluster,
      List<Duration> leadTimes,
      Instant since,
      Optional<String> pausedBecause) {
    this(recipient, cluster, leadTimes, since, pausedBecause, Optional.empty());
  }

  public Subscription(
      Recipient recipient, Optional<Cluster> cluster, List<Duration> leadTimes, Instant since) {
    this(recipient, cluster, leadTimes, since, Optional.empty(), Optional.empty());
  }

  /** Reminders for one meeting only. */
  public static Subscription ofMeeting(
      Recipient recipient, String meetingId, List<Duration> leadTimes, Instant since) {
    return new Subscription(
        recipient, Optional.empty(), leadTimes, since, Optional.empty(), Optional.of(meetingId));
  }

  /** The same subscription, paused for {@code reason}. */
  public Subscription paused(String reason) {
    return new Subscription(recipient, cluster, leadTimes, since, Optional.of(reason), meeting);
  }

  public boolean isPaused() {
    return pausedBecause.isPresent();
  }

  /** Whether this subscription follows {@code meeting}: every meeting, or one on its cluster. */
  public boolean follows(Meeting meeting) {
    if (this.meeting.isPresent()) {
      return this.meeting.get().equals(meeting.id());
    }
    return cluster.map(wanted -> meeting.clusters().contains(wanted)).orElse(true);
  }

  /** "every IGN meeting", "meetings on the question of the veto" or "meeting 2024-11-19". */
  public String what() {
    if (meeting.isPresent()) {
      return "meeting " + meeting.get();
    }
    return cluster.map(c -> "meetings on " + c.officialName()).orElse("every IGN meeting");
  }
}
