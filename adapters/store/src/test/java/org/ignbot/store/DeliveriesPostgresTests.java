package org.ignbot.store;

class DeliveriesPostgresTests extends DeliveriesContract {
  @Override
  TestDatabase open() {
    return TestDatabase.postgres();
  }

  @Override
  boolean writesInOneTrip() {
    return true;
  }
}
