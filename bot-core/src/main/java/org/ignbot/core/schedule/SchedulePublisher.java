package org.ignbot.core.schedule;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way changes reach the schedule, for letters and admins' corrections alike: publish all or
 * nothing, then tell the listener once about every change.
 */
public final class SchedulePublisher {
  private static final Logger log = LoggerFactory.getLogger(SchedulePublisher.class);

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
    try {
      listener.published(publication.changes());
    } catch (RuntimeException e) {
      // The schedule is published either way; a failed notice must not make it look undone.
      log.error("A schedule listener failed after a publication", e);
    }
    return true;
  }
}
