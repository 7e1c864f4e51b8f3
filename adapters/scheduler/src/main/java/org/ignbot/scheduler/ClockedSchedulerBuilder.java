package org.ignbot.scheduler;

import com.github.kagkarlsson.scheduler.ExecutorUtils;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.Waiter;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * db-scheduler's builder with the bot's clock: due times, heartbeats and dead-send detection follow
 * the injected {@link Clock} (so tests can move time), while the wait between polls stays in real
 * time. db-scheduler would time that wait on the same clock, and a clock that stands still would
 * then poll only when woken, missing work that falls due without a wake-up.
 *
 * <p>The send threads start as a burst needs them and end after {@link #IDLE} without work, where
 * db-scheduler's own pool keeps every thread it ever started: a burst of 10,000 reminders starts
 * all of them, and their stacks would stay resident.
 */
public final class ClockedSchedulerBuilder extends SchedulerBuilder {
  public ClockedSchedulerBuilder(DataSource dataSource, List<Task<?>> tasks) {
    super(dataSource, tasks);
  }

  /** How long a send thread waits for work before it ends. */
  static final Duration IDLE = Duration.ofMinutes(1);

  public ClockedSchedulerBuilder clock(Clock botClock) {
    this.clock = botClock::instant;
    return this;
  }

  /** The poll waiter on the system clock, whatever {@link #clock} says. */
  @Override
  protected Waiter buildWaiter() {
    return new Waiter(poolingInterval);
  }

  @Override
  public Scheduler build() {
    if (executorService == null) {
      executorService = sendPool(executorThreads, IDLE);
    }
    return super.build();
  }

  /** Up to {@code threads} threads, named as db-scheduler names its own, each ending when idle. */
  static ThreadPoolExecutor sendPool(int threads, Duration idle) {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            idle.toMillis(),
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            ExecutorUtils.defaultThreadFactoryWithPrefix("db-scheduler-"));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
