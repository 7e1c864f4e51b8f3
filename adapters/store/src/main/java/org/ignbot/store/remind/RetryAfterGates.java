package org.ignbot.store.remind;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per platform, the end of the last Retry-After window: no send to that platform starts before it.
 * Held by each instance; every instance learns the window from its own first refused request.
 */
final class RetryAfterGates {
  private final Map<String, Instant> closedUntil = new ConcurrentHashMap<>();

  void close(String platform, Instant until) {
    closedUntil.merge(platform, until, (a, b) -> a.isAfter(b) ? a : b);
  }

  /** When the platform's window ends, if it has not yet at {@code now}. */
  Optional<Instant> closedAt(String platform, Instant now) {
    Instant until = closedUntil.get(platform);
    return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
  }
}
