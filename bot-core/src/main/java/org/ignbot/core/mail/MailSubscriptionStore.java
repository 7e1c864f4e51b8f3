package org.ignbot.core.mail;

import java.util.List;
import java.util.Optional;
import org.ignbot.core.user.UserKey;

/**
 * Port: the e-mail subscriptions, one per address. A store that cannot reach its database throws
 * {@link org.ignbot.core.store.StoreUnavailableException}.
 */
public interface MailSubscriptionStore {
  /** Adds or replaces the subscription of its address. */
  void save(MailSubscription subscription);

  Optional<MailSubscription> find(MailAddress address);

  /** The subscription waiting for the confirmation code with this hash. */
  Optional<MailSubscription> byCodeHash(String hash);

  Optional<MailSubscription> byUnsubscribeToken(String token);

  /** Every confirmed subscription that is not paused. */
  List<MailSubscription> active();

  /** Deletes the address; whether it was there. */
  boolean remove(MailAddress address);

  /** The addresses {@code owner} subscribed. */
  List<MailAddress> ownedBy(UserKey owner);
}
