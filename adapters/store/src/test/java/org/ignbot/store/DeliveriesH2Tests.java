package org.ignbot.store;

class DeliveriesH2Tests extends DeliveriesContract {
  @Override
  TestDatabase open() {
    return TestDatabase.h2();
  }

  @Override
  boolean writesInOneTrip() {
    return false;
  }
}
