package org.ignbot.core.schedule;

/** The in-memory store keeps the store contract. */
class InMemoryScheduleRepositoryTests extends ScheduleStoreContract {
  @Override
  protected ScheduleStore store(Schedule initial) {
    return new InMemoryScheduleRepository(initial);
  }
}
