package org.ignbot.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ignbot.core.DaemonThreads;

/**
 * Wakes db-scheduler at the instants planned messages fall due, so that a message due between two
 * polls is picked at its time rather than up to a poll interval later. The planner knows these
 * instants; reminders cluster on a few of them (a sitting's start less each lead time), so there
 * are few wake-ups. A wake-up that finds nothing (another instance took the messages) costs one
 * poll.
 */
final class DueWakes implements AutoCloseable {
  /** Past the instant, so that the bot's clock has reached it when the check reads it. */
  private static final Duration MARGIN = Duration.ofMillis(2);

  private final Clock clock;
  private final Runnable check;
  private final Set<Instant> pending = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("ign-due-wake"));

  /** {@code check} asks the scheduler to look for due messages now. */
  DueWakes(Clock clock, Runnable check) {
    this.clock = clock;
    this.check = check;
  }

  /** Checks for due messages at {@code due} (on the bot's clock), once per instant. */
  void at(Instant due) {
    Duration wait = Duration.between(clock.instant(), due);
    if (wait.isNegative() || !pending.add(due)) {
      return;
    }
    try {
      timer.schedule(
          () -> {
            pending.remove(due);
            check.run();
          },
          wait.plus(MARGIN).toNanos(),
          TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      pending.remove(due); // stopped
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
