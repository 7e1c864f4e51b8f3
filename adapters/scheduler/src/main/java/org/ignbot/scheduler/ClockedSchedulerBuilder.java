package org.ignbot.scheduler;

import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * db-scheduler's builder with the bot's clock: due times, heartbeats and dead-send detection follow
 * the injected {@link Clock} (so tests can move time), while polling waits stay in real time.
 */
public final class ClockedSchedulerBuilder extends SchedulerBuilder {
  public ClockedSchedulerBuilder(DataSource dataSource, List<Task<?>> tasks) {
    super(dataSource, tasks);
  }

  /** Call after {@link #pollingInterval}: the poll waiter keeps the system clock. */
  public ClockedSchedulerBuilder clock(Clock botClock) {
    this.clock = botClock::instant;
    return this;
  }
}
