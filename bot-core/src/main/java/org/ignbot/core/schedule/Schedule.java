package org.ignbot.core.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.ignbot.core.text.Words;

/**
 * An immutable snapshot of the meetings, in time order, with the queries people ask. The meetings
 * that are not cancelled are indexed by when they end, so {@link #next}, {@link #upcoming} and
 * {@link #lastHeld} find their place by binary search whatever the size of the history.
 */
public final class Schedule {
  private static final Comparator<Meeting> IN_TIME_ORDER =
      Comparator.comparing(Meeting::startsAt).thenComparing(Meeting::id);

  private final List<Meeting> meetings;
  private final Map<String, Meeting> byId;

  /** The meetings that are not cancelled, in time order. */
  private final Meeting[] active;

  /** When each active meeting ends, in epoch seconds. */
  private final long[] ends;

  /**
   * The latest end among the active meetings up to each one: it grows, so the first meeting not yet
   * over is found by binary search (a meeting can end after one that starts later).
   */
  private final long[] latestEndSoFar;

  /** The earliest end among the active meetings from each one on: it grows too. */
  private final long[] earliestEndFromHere;

  public Schedule(List<Meeting> meetings) {
    this.meetings = meetings.stream().sorted(IN_TIME_ORDER).toList();
    this.active = this.meetings.stream().filter(m -> !m.isCancelled()).toArray(Meeting[]::new);
    this.ends = new long[active.length];
    this.latestEndSoFar = new long[active.length];
    this.earliestEndFromHere = new long[active.length];
    for (int i = 0; i < active.length; i++) {
      ends[i] = active[i].endsAt().getEpochSecond();
      latestEndSoFar[i] = i == 0 ? ends[i] : Math.max(latestEndSoFar[i - 1], ends[i]);
    }
    for (int i = active.length - 1; i >= 0; i--) {
      earliestEndFromHere[i] =
          i == active.length - 1 ? ends[i] : Math.min(earliestEndFromHere[i + 1], ends[i]);
    }
    Map<String, Meeting> index = new HashMap<>();
    for (Meeting meeting : this.meetings) {
      if (index.put(meeting.id(), meeting) != null) {
        throw new IllegalArgumentException("two meetings have the id " + meeting.id());
      }
    }
    this.byId = Map.copyOf(index);
  }

  public static Schedule empty() {
    return new Schedule(List.of());
  }

  /** Every meeting, cancelled ones included, in time order. */
  public List<Meeting> all() {
    return meetings;
  }

  /** The next meeting that is not over and not cancelled (one under way counts). */
  public Optional<Meeting> next(Instant now) {
    int first = firstNotOver(now.getEpochSecond());
    return first < active.length ? Optional.of(active[first]) : Optional.empty();
  }

  /** The next {@code count} meetings that are not over and not cancelled. */
  public List<Meeting> upcoming(Instant now, int count) {
    long second = now.getEpochSecond();
    List<Meeting> found = new ArrayList<>(Math.min(count, active.length));
    for (int i = firstNotOver(second); i < active.length && found.size() < count; i++) {
      if (ends[i] > second) {
        found.add(active[i]);
      }
    }
    return List.copyOf(found);
  }

  /** The last meeting held before now (the latest to start of those that are over). */
  public Optional<Meeting> lastHeld(Instant now) {
    long second = now.getEpochSecond();
    // The last index whose earliest end from there on is over: that meeting itself is over, and
    // every later one is not.
    int low = 0;
    int high = active.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (earliestEndFromHere[middle] <= second) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low == 0 ? Optional.empty() : Optional.of(active[low - 1]);
  }

  /** The index of the first active meeting that ends after {@code second}, or the length. */
  private int firstNotOver(long second) {
    int low = 0;
    int high = active.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (latestEndSoFar[middle] > second) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  /** Meetings on a New York calendar day, cancelled ones included (they say so). */
  public List<Meeting> on(LocalDate day) {
    return meetings.stream().filter(meeting -> meeting.date().equals(day)).toList();
  }

  /** Meetings on a cluster: upcoming first in time order, then past ones, latest first. */
  public List<Meeting> onCluster(Cluster cluster, Instant now) {
    return upcomingThenPast(meeting -> meeting.clusters().contains(cluster), now);
  }

  /** Meetings whose title, topics or notes contain every word: upcoming, then past. */
  public List<Meeting> matching(String words, Instant now) {
    return upcomingThenPast(meeting -> Words.containsAll(meeting.searchableText(), words), now);
  }

  public Optional<Meeting> byId(String id) {
    return Optional.ofNullable(byId.get(id.strip().toLowerCase(Locale.ROOT)));
  }

  /** Ids that look like what someone typed, for "did you mean". */
  public List<String> idsLike(String typed, int limit) {
    String wanted = typed.strip().toLowerCase(Locale.ROOT);
    return meetings.stream()
        .map(Meeting::id)
        .sorted(Comparator.comparingInt((String id) -> Words.distance(id, wanted)))
        .limit(limit)
        .toList();
  }

  private List<Meeting> upcomingThenPast(Predicate<Meeting> wanted, Instant now) {
    List<Meeting> upcoming = new ArrayList<>();
    List<Meeting> past = new ArrayList<>();
    for (Meeting meeting : meetings) {
      if (wanted.test(meeting)) {
        (meeting.endsAt().isAfter(now) ? upcoming : past).add(meeting);
      }
    }
    Collections.reverse(past);
    List<Meeting> result = new ArrayList<>(upcoming);
    result.addAll(past);
    return List.copyOf(result);
  }
}
