package org.ignbot.core.schedule;

import java.util.Objects;

/**
 * The one way changes reach the schedule, for letters and admins' corrections alike: publish all or
 * nothing, then tell the listener once about every change.
 */
public final class SchedulePublisher {
  private final ScheduleStore store;
  private final ScheduleListener listener;

  public SchedulePublisher(ScheduleStore store, ScheduleListener listener) {
    this.store = Objects.requireNonNull(store);
    this.listener = Objects.requireNonNull(listener);
  }

  public ScheduleStore store() {
    return store;
  }

  /**
   * Publishes; false (nothing written, nobody told) when the schedule changed since the changes
   * were worked out.
   */
  public boolean publish(Publication publication) {
    if (publication.changes().isEmpty()) {
      return true;
    }
    if (!store.publish(publication)) {
      return false;
    }
    listener.published(publication.changes());
    return true;
  }
}
