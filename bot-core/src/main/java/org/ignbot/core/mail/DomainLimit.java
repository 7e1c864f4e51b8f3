package org.ignbot.core.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code perMinute} messages a minute to one domain, so that a letter that moves the whole
 * programme never floods a mission's server. Counted in this instance's memory: instances sharing
 * the database each send up to the limit.
 */
final class DomainLimit {
  private final int perMinute;
  private final Map<String, Window> windows = new HashMap<>();

  private record Window(Instant start, int used) {}

  DomainLimit(int perMinute) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("at least one message a minute per domain");
    }
    this.perMinute = perMinute;
  }

  /** Takes one message to {@code domain} at {@code now}; false when its minute is used up. */
  synchronized boolean take(String domain, Instant now) {
    Window window = windows.get(domain);
    if (window == null || !now.isBefore(window.start().plus(Duration.ofMinutes(1)))) {
      window = new Window(now, 0);
    }
    if (window.used() >= perMinute) {
      windows.put(domain, window);
      return false;
    }
    windows.put(domain, new Window(window.start(), window.used() + 1));
    return true;
  }
}
