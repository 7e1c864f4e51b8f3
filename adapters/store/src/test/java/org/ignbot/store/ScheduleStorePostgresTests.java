package org.ignbot.store;

class ScheduleStorePostgresTests extends JdbcScheduleStoreContract {
  @Override
  TestDatabase open() {
    return TestDatabase.postgres();
  }
}
