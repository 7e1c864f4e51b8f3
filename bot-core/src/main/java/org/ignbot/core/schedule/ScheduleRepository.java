package org.ignbot.core.schedule;

/** Port: where the current schedule lives (the bundled file, later the database). */
public interface ScheduleRepository {
  /** The schedule as published now. */
  Schedule current();
}
