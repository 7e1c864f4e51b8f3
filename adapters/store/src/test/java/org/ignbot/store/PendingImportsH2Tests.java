package org.ignbot.store;

class PendingImportsH2Tests extends PendingImportsJdbcContract {
  @Override
  TestDatabase open() {
    return TestDatabase.h2();
  }
}
