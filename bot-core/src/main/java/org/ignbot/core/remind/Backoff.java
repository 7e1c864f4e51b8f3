package org.ignbot.core.remind;

import java.time.Duration;

/** Waits between failed attempts: 10 s, 20 s, 40 s, … at most 10 minutes. */
public final class Backoff {
  public static final Duration FIRST = Duration.ofSeconds(10);
  public static final Duration MAX = Duration.ofMinutes(10);

  private Backoff() {}

  public static Duration after(int attempt) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 10);
    Duration wait = FIRST.multipliedBy(1L << doublings);
    return wait.compareTo(MAX) > 0 ? MAX : wait;
  }
}
