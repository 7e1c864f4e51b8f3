package org.ignbot.core.schedule;

import java.util.List;

/** Port: where the current schedule lives (the bundled file, later the database). */
public interface ScheduleRepository {
  /** The schedule as published now. */
  Schedule current();

  /**
   * The published changes to one meeting, oldest first; empty where no history is kept (a bundled
   * file that is never published to).
   */
  default List<MeetingChange> history(String meetingId) {
    return List.of();
  }
}
