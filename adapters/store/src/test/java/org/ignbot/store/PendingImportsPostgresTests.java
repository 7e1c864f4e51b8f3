package org.ignbot.store;

class PendingImportsPostgresTests extends PendingImportsJdbcContract {
  @Override
  TestDatabase open() {
    return TestDatabase.postgres();
  }
}
