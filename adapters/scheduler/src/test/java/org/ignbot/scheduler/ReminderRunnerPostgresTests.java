package org.ignbot.scheduler;

import org.ignbot.store.TestDatabase;

class ReminderRunnerPostgresTests extends ReminderRunnerContract {
  @Override
  TestDatabase open() {
    return TestDatabase.postgres();
  }
}
