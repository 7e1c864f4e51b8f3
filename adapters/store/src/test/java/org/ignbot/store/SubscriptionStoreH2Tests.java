package org.ignbot.store;

class SubscriptionStoreH2Tests extends SubscriptionStoreContract {
  @Override
  TestDatabase open() {
    return TestDatabase.h2();
  }
}
