package org.ignbot.core.schedule;

import java.util.Optional;

/**
 * Port: a schedule that letters and admins publish to, keeping each meeting's history and the
 * letters the meetings come from. {@code InMemoryScheduleRepository} (in the test jar) implements
 * it; a database store implements it the same way.
 */
public interface ScheduleStore extends ScheduleRepository {
  /**
   * Publishes all of {@code publication} or nothing. Returns false, writing nothing, when the
   * schedule is no longer {@link Publication#basis()}: someone else published in between, and the
   * changes must be worked out again. The in-memory store compares the basis by identity; a
   * database store compares what it holds (a schedule version, or each meeting's revision).
   */
  boolean publish(Publication publication);

  /** The letter kept under a source id, if one was imported. */
  Optional<StoredLetter> letter(String sourceId);
}
