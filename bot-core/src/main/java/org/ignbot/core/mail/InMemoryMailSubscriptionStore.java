package org.ignbot.core.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ignbot.core.user.UserKey;

/** E-mail subscriptions in memory: tests and runs without a database. */
public final class InMemoryMailSubscriptionStore implements MailSubscriptionStore {
  private final Map<MailAddress, MailSubscription> byAddress = new LinkedHashMap<>();

  @Override
  public synchronized void save(MailSubscription subscription) {
    byAddress.put(subscription.address(), subscription);
  }

  @Override
  public synchronized Optional<MailSubscription> find(MailAddress address) {
    return Optional.ofNullable(byAddress.get(address));
  }

  @Override
  public synchronized Optional<MailSubscription> byCodeHash(String hash) {
    return byAddress.values().stream()
        .filter(s -> s.code().map(c -> c.hash().equals(hash)).orElse(false))
        .findFirst();
  }

  @Override
  public synchronized Optional<MailSubscription> byUnsubscribeToken(String token) {
    return byAddress.values().stream().filter(s -> s.unsubscribeToken().equals(token)).findFirst();
  }

  @Override
  public synchronized List<MailSubscription> active() {
    return byAddress.values().stream().filter(MailSubscription::isActive).toList();
  }

  @Override
  public synchronized boolean remove(MailAddress address) {
    return byAddress.remove(address) != null;
  }

  @Override
  public synchronized List<MailAddress> ownedBy(UserKey owner) {
    return new ArrayList<>(
        byAddress.values().stream()
            .filter(s -> s.owner().equals(owner))
            .map(MailSubscription::address)
            .toList());
  }
}
