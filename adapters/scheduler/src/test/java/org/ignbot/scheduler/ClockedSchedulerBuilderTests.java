package org.ignbot.scheduler;

import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ignbot.core.MutableClock;
import org.ignbot.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class ClockedSchedulerBuilderTests {
  private static final Instant NOW = Instant.parse("2024-11-19T14:40:00Z");

  private TestDatabase database;
  private Scheduler scheduler;

  @BeforeEach
  void openDatabase() {
    database = TestDatabase.h2();
    JdbcClient.create(database.dataSource()).sql("delete from scheduled_tasks").update();
  }

  @AfterEach
  void stop() {
    if (scheduler != null) {
      scheduler.stop();
    }
    database.close();
  }

  /**
   * Work that falls due without waking the scheduler (put in the table by another instance, or
   * planned while it was still starting) is found by polling, in real time, even when the bot's
   * clock stands still: only due times follow the bot's clock.
   */
  @Test
  void pollsInRealTimeWhileTheBotsClockStandsStill() {
    AtomicInteger ran = new AtomicInteger();
    OneTimeTask<Void> task =
        Tasks.oneTime("probe").execute((instance, context) -> ran.addAndGet(1));
    scheduler =
        ((ClockedSchedulerBuilder)
                new ClockedSchedulerBuilder(database.dataSource(), List.of(task))
                    .pollingInterval(Duration.ofMillis(50))
                    .threads(1))
            .clock(new MutableClock(NOW))
            .build();
    scheduler.start();
    // Past start-up, so nothing else wakes the poller.
    await().atMost(10, TimeUnit.SECONDS).until(() -> scheduler.getSchedulerState().isStarted());

    JdbcClient.create(database.dataSource())
        .sql(
            "insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)"
                + " values ('probe', 'behind-its-back', ?, false, 1)")
        .param(NOW.minusSeconds(1).atOffset(ZoneOffset.UTC))
        .update();

    await().atMost(20, TimeUnit.SECONDS).until(() -> ran.get() == 1);
  }

  /** A burst starts up to one thread per send; once it is over they end, and their stacks go. */
  @Test
  void theSendThreadsOfABurstEndOnceIdle() throws Exception {
    java.util.concurrent.ThreadPoolExecutor pool =
        ClockedSchedulerBuilder.sendPool(8, Duration.ofMillis(100));
    try {
      java.util.concurrent.CountDownLatch all = new java.util.concurrent.CountDownLatch(8);
      for (int i = 0; i < 8; i++) {
        pool.execute(
            () -> {
              all.countDown();
              try {
                all.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
      }
      all.await(10, TimeUnit.SECONDS);
      org.assertj.core.api.Assertions.assertThat(pool.getLargestPoolSize()).isEqualTo(8);

      await().atMost(10, TimeUnit.SECONDS).until(() -> pool.getPoolSize() == 0);
    } finally {
      pool.shutdownNow();
    }
  }
}
