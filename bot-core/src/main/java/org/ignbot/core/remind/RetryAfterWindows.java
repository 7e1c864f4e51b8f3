package org.ignbot.core.remind;

import java.time.Instant;
import java.util.Optional;
import org.ignbot.core.notify.Recipient;

/**
 * Port: per platform and workspace, the end of the last Retry-After window a platform announced,
 * shared by every thread of every instance: no send there starts before it.
 */
public interface RetryAfterWindows {
  /** Where a platform's limits apply: Slack and Discord both count per workspace or server. */
  static String scope(Recipient recipient) {
    return recipient.platform() + "/" + recipient.workspace();
  }

  /** Closes {@code scope} until {@code until}; an earlier end never shortens a window. */
  void close(String scope, Instant until);

  /** When the window ends, if it has not yet at {@code now}. */
  Optional<Instant> closedAt(String scope, Instant now);

  /** A scope's window as the shared store held it a moment ago: its end, if one was ever set. */
  record Shared(Optional<Instant> closedUntil) {}

  /**
   * When the window ends, if it has not yet at {@code now}, given {@code shared} as read with the
   * claim a moment ago, so without a read of its own; by default it reads again.
   */
  default Optional<Instant> closedAt(String scope, Instant now, Shared shared) {
    return closedAt(scope, now);
  }
}
