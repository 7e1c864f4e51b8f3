package org.ignbot.scheduler;

import java.time.Duration;
import java.util.Objects;
import org.ignbot.core.remind.DeliveryRules;

/**
 * How the runner runs.
 *
 * @param name this instance's name in the scheduler table (host name by default)
 * @param threads sends at once
 * @param pollInterval how often the table is checked for due messages
 * @param planInterval how often reminders are planned even when nothing changed
 * @param horizon how far ahead reminders are put in the table
 * @param heartbeat how often an instance says that its picked messages are alive; messages picked
 *     by an instance silent for {@value #MISSED_HEARTBEATS} heartbeats are taken over by another
 * @param sendTimeout how long a messenger may take before the send counts as failed
 * @param maxRetryAfterWait a Retry-After up to this long is waited out in place; a longer one goes
 *     back to the table
 * @param noticeMaxAge a change notice not sent by then is dropped
 */
public record RunnerSettings(
    String name,
    int threads,
    Duration pollInterval,
    Duration planInterval,
    Duration horizon,
    Duration heartbeat,
    Duration sendTimeout,
    Duration maxRetryAfterWait,
    Duration noticeMaxAge) {
  /** Heartbeats missed before an instance's picked messages are taken over. */
  static final int MISSED_HEARTBEATS = 4;

  public RunnerSettings {
    Objects.requireNonNull(name);
    if (threads < 1) {
      throw new IllegalArgumentException("the runner needs at least one thread");
    }
    if (horizon.compareTo(planInterval.multipliedBy(2)) < 0) {
      throw new IllegalArgumentException("the horizon covers at least two planning intervals");
    }
  }

  public static RunnerSettings defaults(String name) {
    return new RunnerSettings(
        name,
        256,
        Duration.ofSeconds(1),
        Duration.ofMinutes(1),
        Duration.ofMinutes(10),
        // Taken over 16 s after the last heartbeat, seen within 8 s more: within 30 s in all.
        Duration.ofSeconds(4),
        Duration.ofSeconds(30),
        Duration.ofSeconds(10),
        Duration.ofDays(1));
  }

  public RunnerSettings withPollInterval(Duration poll) {
    return new RunnerSettings(
        name,
        threads,
        poll,
        planInterval,
        horizon,
        heartbeat,
        sendTimeout,
        maxRetryAfterWait,
        noticeMaxAge);
  }

  public RunnerSettings withThreads(int count) {
    return new RunnerSettings(
        name,
        count,
        pollInterval,
        planInterval,
        horizon,
        heartbeat,
        sendTimeout,
        maxRetryAfterWait,
        noticeMaxAge);
  }

  public RunnerSettings withSendTimeout(Duration timeout) {
    return new RunnerSettings(
        name,
        threads,
        pollInterval,
        planInterval,
        horizon,
        heartbeat,
        timeout,
        maxRetryAfterWait,
        noticeMaxAge);
  }

  public RunnerSettings withName(String other) {
    return new RunnerSettings(
        other,
        threads,
        pollInterval,
        planInterval,
        horizon,
        heartbeat,
        sendTimeout,
        maxRetryAfterWait,
        noticeMaxAge);
  }

  /**
   * A send whose claim is older than this is taken for dead. Only a message taken over from a
   * silent instance meets a claim still "sending", and that instance has missed its heartbeats.
   */
  Duration staleAfter() {
    return heartbeat.multipliedBy(MISSED_HEARTBEATS);
  }

  /** The core's limits of one delivery, from these settings. */
  public DeliveryRules rules() {
    return new DeliveryRules(sendTimeout, maxRetryAfterWait, noticeMaxAge, staleAfter());
  }
}
