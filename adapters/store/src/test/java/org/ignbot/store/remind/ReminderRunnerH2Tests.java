package org.ignbot.store.remind;

import org.ignbot.store.TestDatabase;

class ReminderRunnerH2Tests extends ReminderRunnerContract {
  @Override
  TestDatabase open() {
    return TestDatabase.h2();
  }
}
