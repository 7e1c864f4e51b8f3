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
import java.util.stream.Stream;
import org.ignbot.core.text.Words;

/** An immutable snapshot of the meetings, in time order, with the queries people ask. */
public final class Schedule {
  private static final Comparator<Meeting> IN_TIME_ORDER =
      Comparator.comparing(Meeting::startsAt).thenComparing(Meeting::id);

  private final List<Meeting> meetings;
  private final Map<String, Meeting> byId;

  public Schedule(List<Meeting> meetings) {
    this.meetings = meetings.stream().sorted(IN_TIME_ORDER).toList();
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
    return upcomingStream(now).findFirst();
  }

  /** The next {@code count} meetings that are not over and not cancelled. */
  public List<Meeting> upcoming(Instant now, int count) {
    return upcomingStream(now).limit(count).toList();
  }

  /** The last meeting held before now, when none is upcoming. */
  public Optional<Meeting> lastHeld(Instant now) {
    Meeting last = null;
    for (Meeting meeting : meetings) {
      if (!meeting.isCancelled() && !meeting.endsAt().isAfter(now)) {
        last = meeting;
      }
    }
    return Optional.ofNullable(last);
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

  private Stream<Meeting> upcomingStream(Instant now) {
    return meetings.stream()
        .filter(meeting -> !meeting.isCancelled() && meeting.endsAt().isAfter(now));
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
