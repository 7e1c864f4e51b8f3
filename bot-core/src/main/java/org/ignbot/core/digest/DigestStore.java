package org.ignbot.core.digest;

import java.util.List;
import java.util.Optional;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.user.UserKey;

/**
 * Port: who gets a digest. One per recipient; saving again replaces it. A store that cannot reach
 * its database throws {@link org.ignbot.core.store.StoreUnavailableException}.
 */
public interface DigestStore {
  void save(DigestSubscription subscription);

  /** Stops the recipient's digest; whether there was one. */
  boolean remove(Recipient recipient);

  Optional<DigestSubscription> of(Recipient recipient);

  /** Every digest subscription. */
  List<DigestSubscription> all();

  /** Deletes the user's own digest ({@code forget me}); whether there was one. */
  boolean forget(UserKey user);
}
