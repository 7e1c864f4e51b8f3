package org.ignbot.core.remind;

import java.util.List;
import java.util.Optional;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.user.UserKey;

/**
 * Port: the subscriptions. One per recipient and cluster filter (none = every meeting); saving
 * again replaces it. A store that cannot reach its database throws {@link
 * org.ignbot.core.store.StoreUnavailableException}.
 */
public interface SubscriptionStore {
  /** Adds or replaces the subscription of its recipient for its cluster filter. */
  void save(Subscription subscription);

  /** Removes one subscription; whether there was one. */
  boolean remove(Recipient recipient, Optional<Cluster> cluster);

  /** Removes every subscription of the recipient; how many there were. */
  int removeAll(Recipient recipient);

  /** The recipient's subscriptions, every meeting first, then by cluster. */
  List<Subscription> of(Recipient recipient);

  /** Every subscription that is not paused. */
  List<Subscription> active();

  /** Pauses every subscription of a recipient the platform refused for good. */
  void pause(Recipient recipient, String reason);

  /**
   * Deletes everything kept about a user: their direct-message subscriptions and the record of
   * reminders sent to them. Returns how many subscriptions there were.
   */
  int forget(UserKey user);
}
