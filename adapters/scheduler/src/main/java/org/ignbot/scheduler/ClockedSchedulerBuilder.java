package org.ignbot.scheduler;

import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.Waiter;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * db-scheduler's builder with the bot's clock: due times, heartbeats and dead-send detection follow
 * the injected {@link Clock} (so tests can move time), while the wait between polls stays in real
 * time. db-scheduler would time that wait on the same clock, and a clock that stands still would
 * then poll only when woken, missing work that falls due without a wake-up.
 */
public final class ClockedSchedulerBuilder extends SchedulerBuilder {
  public ClockedSchedulerBuilder(DataSource dataSource, List<Task<?>> tasks) {
    super(dataSource, tasks);
  }

  public ClockedSchedulerBuilder clock(Clock botClock) {
    this.clock = botClock::instant;
    return this;
  }

  /** The poll waiter on the system clock, whatever {@link #clock} says. */
  @Override
  protected Waiter buildWaiter() {
    return new Waiter(poolingInterval);
  }
}
