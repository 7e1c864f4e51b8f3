package org.ignbot.scheduler.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ignbot.core.digest.DigestFixtures.vienna;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ignbot.core.MutableClock;
import org.ignbot.core.digest.DigestFixtures;
import org.ignbot.core.digest.DigestSubscription;
import org.ignbot.core.digest.Frequency;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.InMemorySubscriptionStore;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.scheduler.FakeMessenger;
import org.ignbot.scheduler.RunnerSettings;
import org.ignbot.scheduler.TestRunners;
import org.ignbot.store.JdbcDigestStore;
import org.ignbot.store.JdbcUserSettings;
import org.ignbot.store.TestDatabase;
import org.ignbot.store.remind.Deliveries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two application instances on one PostgreSQL database: each digest goes out exactly once. */
class DigestTwoInstancesPostgresTests {
  private static final int SUBSCRIBERS = 200;

  private TestDatabase database;
  private final MutableClock clock = new MutableClock(vienna("2026-10-26T07:58"));
  private final InMemoryScheduleRepository schedules = DigestFixtures.schedule();
  private final List<DigestRunner> runners = new ArrayList<>();
  private final List<HikariDataSource> pools = new ArrayList<>();

  @BeforeEach
  void subscribe() {
    database = TestDatabase.postgres();
    JdbcDigestStore store = new JdbcDigestStore(database.dataSource());
    for (int i = 0; i < SUBSCRIBERS; i++) {
      store.save(
          new DigestSubscription(
              recipient(i),
              Frequency.WEEKLY,
              Optional.of(DigestFixtures.VIENNA),
              Instant.parse("2026-10-01T00:00:00Z")));
    }
  }

  @AfterEach
  void stop() {
    runners.forEach(DigestRunner::stop);
    pools.forEach(HikariDataSource::close);
    database.close();
  }

  private static Recipient recipient(int i) {
    return new Recipient("slack", "T1", Recipient.Kind.CHANNEL, "C" + i);
  }

  /** A new application instance: its own connection pool, scheduler and platform connection. */
  private DigestRunner instance(String name, FakeMessenger inbox) {
    HikariDataSource pool = database.newPool();
    pools.add(pool);
    DigestRunner runner =
        new DigestRunner(
            pool,
            new Deliveries(pool),
            TestRunners.delivery(
                pool,
                clock,
                schedules,
                new InMemorySubscriptionStore(),
                new JdbcUserSettings(pool, clock),
                List.of(inbox),
                RunnerSettings.defaults(name).rules()),
            clock,
            schedules,
            new JdbcDigestStore(pool),
            new JdbcUserSettings(pool, clock),
            DigestSettings.defaults(name).withPollInterval(Duration.ofMillis(50)));
    runners.add(runner);
    return runner;
  }

  private static Map<String, Long> perRecipient(FakeMessenger a, FakeMessenger b) {
    List<FakeMessenger.Arrived> all = new ArrayList<>(a.arrived);
    all.addAll(b.arrived);
    return all.stream()
        .collect(Collectors.groupingBy(x -> x.to().id() + "/" + x.key(), Collectors.counting()));
  }

  @Test
  void twoInstancesTickingAtTheSameMomentSendEachDigestOnce() throws Exception {
    FakeMessenger a = new FakeMessenger(clock);
    FakeMessenger b = new FakeMessenger(clock);
    DigestRunner first = instance("instance-a", a);
    DigestRunner second = instance("instance-b", b);
    clock.set(vienna("2026-10-26T08:00"));
    CountDownLatch go = new CountDownLatch(1);
    Function<DigestRunner, CompletableFuture<Integer>> tickOnGo =
        runner ->
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    go.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return runner.tick();
                });
    CompletableFuture<Integer> sentByFirst = tickOnGo.apply(first);
    CompletableFuture<Integer> sentBySecond = tickOnGo.apply(second);

    go.countDown();

    assertThat(sentByFirst.get(60, TimeUnit.SECONDS) + sentBySecond.get(60, TimeUnit.SECONDS))
        .isEqualTo(SUBSCRIBERS);
    Map<String, Long> counts = perRecipient(a, b);
    assertThat(counts).hasSize(SUBSCRIBERS);
    assertThat(counts.values()).allMatch(count -> count == 1);
    System.out.printf(
        "Two instances ticking at once, %d digests: A sent %d, B sent %d, none twice.%n",
        SUBSCRIBERS, a.arrived.size(), b.arrived.size());
  }

  @Test
  void twoRunningInstancesSendTheMondayDigestOnceAndNothingMoreThatWeek() {
    FakeMessenger a = new FakeMessenger(clock);
    FakeMessenger b = new FakeMessenger(clock);
    instance("instance-a", a).start();
    instance("instance-b", b).start();
    // The first tick, at start, must be over before the clock moves: a tick that read the clock
    // before the move would send nothing and be due again only a minute later on the test clock.
    Instant started = clock.instant();
    await().atMost(60, TimeUnit.SECONDS).until(() -> lastTickAtOrAfter(started));

    clock.set(vienna("2026-10-26T08:00"));
    await()
        .atMost(180, TimeUnit.SECONDS)
        .conditionEvaluationListener(
            condition -> {
              // Says where the tick stood if the digests never all arrive.
              if (condition.getRemainingTimeInMS() < 1000) {
                System.out.println(
                    "digest_tasks: "
                        + tickRow()
                        + "; arrived "
                        + a.arrived.size()
                        + " + "
                        + b.arrived.size());
              }
            })
        .until(() -> a.arrived.size() + b.arrived.size() >= SUBSCRIBERS);
    // Through the rest of the week, minute by minute on the test clock: no second digest.
    for (int minute = 0; minute < 5; minute++) {
      clock.advance(Duration.ofMinutes(1));
      Instant ticked = clock.instant();
      await().atMost(60, TimeUnit.SECONDS).until(() -> lastTickAtOrAfter(ticked));
    }
    clock.set(vienna("2026-11-01T23:00"));
    Instant late = clock.instant();
    await().atMost(60, TimeUnit.SECONDS).until(() -> lastTickAtOrAfter(late));

    Map<String, Long> counts = perRecipient(a, b);
    assertThat(counts).hasSize(SUBSCRIBERS);
    assertThat(counts.values()).allMatch(count -> count == 1);
    assertThat(a.arrived).allSatisfy(x -> assertThat(x.at()).isEqualTo(vienna("2026-10-26T08:00")));
  }

  private String tickRow() {
    return org.springframework.jdbc.core.simple.JdbcClient.create(database.dataSource())
        .sql(
            "select execution_time, picked, picked_by, last_success, last_heartbeat from digest_tasks")
        .query()
        .listOfRows()
        .toString();
  }

  /** Whether the digest tick has run (on either instance) at or after {@code instant}. */
  private boolean lastTickAtOrAfter(Instant instant) {
    return org.springframework.jdbc.core.simple.JdbcClient.create(database.dataSource())
        .sql("select last_success from digest_tasks where task_name = ?")
        .param(DigestRunner.TICK)
        .query(java.time.OffsetDateTime.class)
        .optional()
        .map(at -> !at.toInstant().isBefore(instant))
        .orElse(false);
  }
}
