package org.ignbot.core.schedule;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A schedule held in memory; publishing swaps the whole snapshot at once. */
public final class InMemoryScheduleRepository implements ScheduleRepository {
  private final AtomicReference<Schedule> schedule;

  public InMemoryScheduleRepository(Schedule initial) {
    this.schedule = new AtomicReference<>(Objects.requireNonNull(initial));
  }

  @Override
  public Schedule current() {
    return schedule.get();
  }

  /** Replaces the schedule in one step: readers see the old one or the new one, never a mix. */
  public void publish(Schedule next) {
    schedule.set(Objects.requireNonNull(next));
  }
}
