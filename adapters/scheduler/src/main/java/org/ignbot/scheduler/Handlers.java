package org.ignbot.scheduler;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import java.time.Clock;
import java.util.Optional;
import org.ignbot.core.remind.Backoff;
import org.ignbot.core.remind.Delivery;
import org.ignbot.core.remind.DeliveryLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * db-scheduler's handlers on the bot's clock. Its own {@code ExponentialBackoffFailureHandler} has
 * no upper bound and its {@code ReviveDeadExecution} reads the system clock, so these keep the
 * core's {@link Backoff} (at most 10 minutes) and the injected {@link Clock}.
 */
final class Handlers {
  private static final Logger log = LoggerFactory.getLogger(Handlers.class);
  private final Clock clock;

  Handlers(Clock clock) {
    this.clock = clock;
  }

  /**
   * What the delivery said to do next: remove the execution, or run it again then; nothing when the
   * delivery log already removed it with the outcome.
   */
  static <T> CompletionHandler<T> then(Delivery.Next next) {
    if (next.carrierRemoved()) {
      return (complete, operations) -> {};
    }
    return next.at()
        .<CompletionHandler<T>>map(
            at -> (complete, operations) -> operations.reschedule(complete, at))
        .orElse((complete, operations) -> operations.remove());
  }

  /** The task row that carries this execution, at the version it was picked at. */
  static Optional<DeliveryLog.Carrier> carrier(ExecutionContext context) {
    Execution execution = context.getExecution();
    return Optional.of(
        new DeliveryLog.Carrier(execution.getTaskName(), execution.getId(), execution.version));
  }

  /** A run that threw (the database down, say) is tried again after the backoff. */
  <T> FailureHandler<T> retryWithBackoff() {
    return (ExecutionComplete complete, ExecutionOperations<T> operations) -> {
      int failures = complete.getExecution().consecutiveFailures + 1;
      log.warn(
          "Sending {} failed ({} in a row), retrying: {}",
          complete.getExecution().taskInstance.getId(),
          failures,
          complete.getCause().map(Throwable::toString).orElse("?"));
      operations.reschedule(complete, clock.instant().plus(Backoff.after(failures)));
    };
  }

  /** A send whose instance died is run again now, on the bot's clock. */
  <T> DeadExecutionHandler<T> revive() {
    return (complete, operations) -> {
      log.info("Taking over {} from a dead instance", complete.getExecution().taskInstance.getId());
      operations.reschedule(complete, clock.instant());
    };
  }
}
