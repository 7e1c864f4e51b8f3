package org.ignbot.scheduler;

import org.ignbot.store.TestDatabase;

class ReminderRunnerH2Tests extends ReminderRunnerContract {
  @Override
  TestDatabase open() {
    return TestDatabase.h2();
  }
}
