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
 * Reminders for one recipient (a user by direct message, or a channel): every meeting, or one
 * cluster's; with its lead times; since when (reminders that fell due before are not sent); paused
 * when the platform refused the recipient for good.
 */
public record Subscription(
    Recipient recipient,
    Optional<Cluster> cluster,
    List<Duration> leadTimes,
    Instant since,
    Optional<String> pausedBecause) {
  public Subscription {
    Objects.requireNonNull(recipient);
    Objects.requireNonNull(cluster);
    Objects.requireNonNull(since);
    Objects.requireNonNull(pausedBecause);
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
      Recipient recipient, Optional<Cluster> cluster, List<Duration> leadTimes, Instant since) {
    this(recipient, cluster, leadTimes, since, Optional.empty());
  }

  public boolean isPaused() {
    return pausedBecause.isPresent();
  }

  /** Whether this subscription follows {@code meeting}: every meeting, or one on its cluster. */
  public boolean follows(Meeting meeting) {
    return cluster.map(wanted -> meeting.clusters().contains(wanted)).orElse(true);
  }

  /** "every IGN meeting" or "meetings on the question of the veto". */
  public String what() {
    return cluster.map(c -> "meetings on " + c.officialName()).orElse("every IGN meeting");
  }
}
