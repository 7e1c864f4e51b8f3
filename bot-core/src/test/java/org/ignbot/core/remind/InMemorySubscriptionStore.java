package org.ignbot.core.remind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.user.UserKey;

/** Subscriptions kept in memory: for tests and for running without a database. */
public final class InMemorySubscriptionStore implements SubscriptionStore {
  private record Id(Recipient recipient, Optional<Cluster> cluster, Optional<String> meeting) {}

  private final Map<Id, Subscription> subscriptions = new ConcurrentHashMap<>();

  @Override
  public void save(Subscription subscription) {
    subscriptions.put(
        new Id(subscription.recipient(), subscription.cluster(), subscription.meeting()),
        subscription);
  }

  @Override
  public boolean remove(Recipient recipient, Optional<Cluster> cluster) {
    return subscriptions.remove(new Id(recipient, cluster, Optional.empty())) != null;
  }

  @Override
  public int removeAll(Recipient recipient) {
    List<Id> ids =
        subscriptions.keySet().stream().filter(id -> id.recipient().equals(recipient)).toList();
    ids.forEach(subscriptions::remove);
    return ids.size();
  }

  @Override
  public List<Subscription> of(Recipient recipient) {
    return subscriptions.values().stream()
        .filter(subscription -> subscription.recipient().equals(recipient))
        .sorted(Subscriptions.ORDER)
        .toList();
  }

  @Override
  public List<Subscription> active() {
    return subscriptions.values().stream()
        .filter(s -> !s.isPaused())
        .sorted(Subscriptions.ORDER)
        .toList();
  }

  @Override
  public void pause(Recipient recipient, String reason) {
    subscriptions.replaceAll((id, s) -> id.recipient().equals(recipient) ? s.paused(reason) : s);
  }

  @Override
  public int forget(UserKey user) {
    return removeAll(Subscriptions.directTo(user));
  }
}
