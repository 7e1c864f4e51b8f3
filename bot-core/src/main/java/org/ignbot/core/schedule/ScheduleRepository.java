package org.ignbot.core.schedule;

import java.util.List;

/** Port: where the current schedule lives (the bundled file, later the database). */
public interface ScheduleRepository {
  /** The schedule as published now. */
  Schedule current();

  /**
   * The schedule as committed at this moment, even by another instance: what a reminder is checked
   * against right before it is sent. A store that answers {@link #current()} from a snapshot checks
   * it first; by default the same as {@link #current()}.
   */
  default Schedule committed() {
    return current();
  }

  /**
   * The published changes to one meeting, oldest first; empty where no history is kept (a bundled
   * file that is never published to).
   */
  default List<MeetingChange> history(String meetingId) {
    return List.of();
  }
}
