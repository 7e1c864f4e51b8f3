package org.ignbot.core.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A schedule held in memory; publishing swaps the whole snapshot at once, with each meeting's
 * history and the letters imported. Lost on restart: the database store keeps them.
 */
public final class InMemoryScheduleRepository implements ScheduleStore {
  private Schedule schedule;
  private final Map<String, List<MeetingChange>> history = new HashMap<>();
  private final Map<String, StoredLetter> letters = new HashMap<>();

  public InMemoryScheduleRepository(Schedule initial) {
    this.schedule = Objects.requireNonNull(initial);
  }

  @Override
  public synchronized Schedule current() {
    return schedule;
  }

  /** Replaces the schedule in one step: readers see the old one or the new one, never a mix. */
  public synchronized void publish(Schedule next) {
    schedule = Objects.requireNonNull(next);
  }

  @Override
  public synchronized boolean publish(Publication publication) {
    if (publication.basis() != schedule) {
      return false;
    }
    schedule = publication.next();
    for (MeetingChange change : publication.changes()) {
      history.computeIfAbsent(change.after().id(), id -> new ArrayList<>()).add(change);
    }
    publication.letter().ifPresent(letter -> letters.putIfAbsent(letter.sourceId(), letter));
    return true;
  }

  @Override
  public synchronized List<MeetingChange> history(String meetingId) {
    return List.copyOf(history.getOrDefault(meetingId, List.of()));
  }

  @Override
  public synchronized Optional<StoredLetter> letter(String sourceId) {
    return Optional.ofNullable(letters.get(sourceId));
  }
}
