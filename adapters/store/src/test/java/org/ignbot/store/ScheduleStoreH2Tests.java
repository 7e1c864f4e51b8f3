package org.ignbot.store;

class ScheduleStoreH2Tests extends JdbcScheduleStoreContract {
  @Override
  TestDatabase open() {
    return TestDatabase.h2();
  }
}
