package org.ignbot.core.digest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.Subscriptions;
import org.ignbot.core.user.UserKey;

/** Digest subscriptions kept in memory: for tests and for running without a database. */
public final class InMemoryDigestStore implements DigestStore {
  private final Map<Recipient, DigestSubscription> subscriptions = new ConcurrentHashMap<>();

  @Override
  public void save(DigestSubscription subscription) {
    subscriptions.put(subscription.recipient(), subscription);
  }

  @Override
  public boolean remove(Recipient recipient) {
    return subscriptions.remove(recipient) != null;
  }

  @Override
  public Optional<DigestSubscription> of(Recipient recipient) {
    return Optional.ofNullable(subscriptions.get(recipient));
  }

  @Override
  public List<DigestSubscription> all() {
    return List.copyOf(subscriptions.values());
  }

  @Override
  public boolean forget(UserKey user) {
    return remove(Subscriptions.directTo(user));
  }
}
