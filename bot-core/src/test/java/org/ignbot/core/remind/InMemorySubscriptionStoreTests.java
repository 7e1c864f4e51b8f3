package org.ignbot.core.remind;

class InMemorySubscriptionStoreTests extends SubscriptionStoreContract {
  @Override
  protected SubscriptionStore emptyStore() {
    return new InMemorySubscriptionStore();
  }
}
