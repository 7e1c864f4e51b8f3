package org.ignbot.store;

class SubscriptionStorePostgresTests extends SubscriptionStoreContract {
  @Override
  TestDatabase open() {
    return TestDatabase.postgres();
  }
}
