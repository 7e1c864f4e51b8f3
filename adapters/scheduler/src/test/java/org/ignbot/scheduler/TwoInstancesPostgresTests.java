package org.ignbot.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ignbot.scheduler.TestMeetings.at;
import static org.ignbot.scheduler.TestMeetings.plenary;
import static org.ignbot.scheduler.TestMeetings.sitting;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.ignbot.core.MutableClock;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.store.JdbcSubscriptionStore;
import org.ignbot.store.JdbcUserSettings;
import org.ignbot.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several instances on one PostgreSQL database, 1,000 subscribers and one sitting: each reminder
 * goes out once, and an instance that dies mid-batch loses none.
 */
class TwoInstancesPostgresTests {
  private static final int SUBSCRIBERS = 1000;

  private TestDatabase database;
  private final MutableClock clock = new MutableClock(at("08:00"));
  private final InMemoryScheduleRepository schedule =
      new InMemoryScheduleRepository(
          new Schedule(List.of(plenary(MeetingStatus.SCHEDULED, 1, sitting("10:00", "13:00")))));
  private final List<ReminderRunner> runners = new ArrayList<>();
  private final List<HikariDataSource> pools = new ArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void subscribeAThousand() {
    database = TestDatabase.postgres();
    JdbcSubscriptionStore store = new JdbcSubscriptionStore(database.dataSource(), clock);
    for (int i = 0; i < SUBSCRIBERS; i++) {
      store.save(
          new Subscription(
              recipient(i),
              Optional.empty(),
              List.of(Duration.ofHours(1), Duration.ofMinutes(15)),
              clock.instant()));
    }
  }

  @AfterEach
  void stopEverything() {
    release.countDown();
    runners.forEach(ReminderRunner::stop);
    pools.forEach(HikariDataSource::close);
    database.close();
  }

  private static Recipient recipient(int i) {
    return new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "U" + i);
  }

  /** A new application instance: its own connection pool, scheduler and messenger. */
  private ReminderRunner instance(String name, Messenger messenger, Duration heartbeat) {
    HikariDataSource pool = database.newPool();
    pools.add(pool);
    return instance(name, messenger, heartbeat, pool);
  }

  private ReminderRunner instance(
      String name, Messenger messenger, Duration heartbeat, DataSource pool) {
    return instance(
        new RunnerSettings(
            name,
            4,
            Duration.ofMillis(50),
            Duration.ofMinutes(1),
            Duration.ofDays(1),
            heartbeat,
            Duration.ofHours(1),
            Duration.ofSeconds(10),
            Duration.ofDays(1)),
        messenger,
        pool);
  }

  private ReminderRunner instance(RunnerSettings settings, Messenger messenger, DataSource pool) {
    JdbcSubscriptionStore subscriptions = new JdbcSubscriptionStore(pool, clock);
    ReminderRunner runner =
        TestRunners.runner(
            pool,
            clock,
            schedule,
            subscriptions,
            TestRunners.delivery(
                pool,
                clock,
                schedule,
                subscriptions,
                new JdbcUserSettings(pool, clock),
                List.of(messenger),
                settings.rules()),
            settings);
    runners.add(runner);
    runner.start();
    return runner;
  }

  /**
   * A platform that takes {@code sends} messages, then freezes inside each further send (noting its
   * recipient in {@code inFlight}): a process that stops answering mid-batch.
   */
  private FakeMessenger freezingAfter(int sends, Set<String> inFlight) {
    AtomicInteger calls = new AtomicInteger();
    return new FakeMessenger(
        clock,
        (to, attempt) -> {
          if (calls.incrementAndGet() <= sends) {
            return null;
          }
          inFlight.add(to.id());
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new org.ignbot.core.notify.DeliveryResult.RetryLater(
              Duration.ZERO, "the process was dead");
        });
  }

  private int planned() {
    return org.springframework.jdbc.core.simple.JdbcClient.create(database.dataSource())
        .sql("select count(*) from scheduled_tasks where task_name = 'ign-reminder'")
        .query(Integer.class)
        .single();
  }

  private static Map<String, Long> perReminder(List<FakeMessenger.Arrived> arrived) {
    return arrived.stream()
        .collect(
            Collectors.groupingBy(
                a -> a.to().id() + "/" + a.message().title(), Collectors.counting()));
  }

  @Test
  void twoInstancesSendEachReminderToEachOfAThousandSubscribersExactlyOnce() {
    FakeMessenger a = new FakeMessenger(clock);
    FakeMessenger b = new FakeMessenger(clock);
    instance("instance-a", a, Duration.ofSeconds(30));
    instance("instance-b", b, Duration.ofSeconds(30));
    await().atMost(60, TimeUnit.SECONDS).until(() -> planned() == 2 * SUBSCRIBERS);

    clock.set(at("09:00"));
    await()
        .atMost(120, TimeUnit.SECONDS)
        .until(() -> a.arrived.size() + b.arrived.size() >= SUBSCRIBERS);
    clock.set(at("09:45"));
    await()
        .atMost(120, TimeUnit.SECONDS)
        .until(() -> a.arrived.size() + b.arrived.size() >= 2 * SUBSCRIBERS);
    await().atMost(30, TimeUnit.SECONDS).until(() -> planned() == 0);

    List<FakeMessenger.Arrived> all = new ArrayList<>(a.arrived);
    all.addAll(b.arrived);
    Map<String, Long> counts = perReminder(all);
    assertThat(counts).hasSize(2 * SUBSCRIBERS);
    assertThat(counts.values()).allMatch(count -> count == 1);
    assertThat(all).allSatisfy(x -> assertThat(x.message().title()).startsWith("Reminder:"));
    System.out.printf(
        "Two instances, %d reminders: instance A sent %d, instance B sent %d, none twice.%n",
        all.size(), a.arrived.size(), b.arrived.size());
  }

  @Test
  void aRetryAfterAnnouncedToOneInstanceHoldsBackTheOthersRequestsToo() {
    AtomicInteger requests = new AtomicInteger();
    // One platform for both instances: every 100th request is refused with a 20 s window.
    FakeMessenger platform =
        new FakeMessenger(
            clock,
            (to, attempt) ->
                requests.incrementAndGet() % 100 == 0
                    ? new org.ignbot.core.notify.DeliveryResult.RetryLater(
                        Duration.ofSeconds(20), "HTTP 429")
                    : null);
    instance("instance-a", platform, Duration.ofSeconds(4));
    instance("instance-b", platform, Duration.ofSeconds(4));
    await().atMost(60, TimeUnit.SECONDS).until(() -> planned() == 2 * SUBSCRIBERS);

    clock.set(at("09:00"));
    await()
        .atMost(180, TimeUnit.SECONDS)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              clock.advance(Duration.ofMillis(500));
              return platform.arrived.size() >= SUBSCRIBERS;
            });

    // Only requests already in flight when a window was announced (one per send thread).
    assertThat(platform.insideRetryAfter).hasValueLessThanOrEqualTo(8);
    assertThat(perReminder(List.copyOf(platform.arrived)).values()).allMatch(count -> count == 1);
    System.out.printf(
        "Two instances, one platform: %d requests, %d windows, %d inside a window.%n",
        requests.get(), requests.get() / 100, platform.insideRetryAfter.get());
  }

  @Test
  void withTheDefaultSettingsWhatADeadInstanceHadPickedIsTakenOverWithinThirtySeconds() {
    Set<String> inFlight = java.util.concurrent.ConcurrentHashMap.newKeySet();
    FakeMessenger a = freezingAfter(100, inFlight);
    HikariDataSource poolA = database.newPool();
    // The default settings plan 10 minutes ahead.
    clock.set(at("08:55"));
    instance(
        RunnerSettings.defaults("instance-a")
            .withThreads(4)
            .withPollInterval(Duration.ofMillis(50)),
        a,
        poolA);
    await().atMost(60, TimeUnit.SECONDS).until(() -> planned() == SUBSCRIBERS);
    clock.set(at("09:00"));
    await().atMost(60, TimeUnit.SECONDS).until(() -> !inFlight.isEmpty());
    poolA.close();
    int pickedByTheDead =
        org.springframework.jdbc.core.simple.JdbcClient.create(database.dataSource())
            .sql("select count(*) from scheduled_tasks where picked")
            .query(Integer.class)
            .single();

    // 30 s after the kill, on the bot's clock.
    clock.advance(Duration.ofSeconds(30));
    FakeMessenger b = new FakeMessenger(clock);
    HikariDataSource poolB = database.newPool();
    pools.add(poolB);
    instance(
        RunnerSettings.defaults("instance-b")
            .withThreads(4)
            .withPollInterval(Duration.ofMillis(50)),
        b,
        poolB);
    await().atMost(120, TimeUnit.SECONDS).until(() -> b.arrived.size() >= SUBSCRIBERS - 100);

    assertThat(pickedByTheDead).isLessThanOrEqualTo(4);
    assertThat(clock.instant()).isEqualTo(at("09:00").plusSeconds(30));
    Set<String> reached =
        a.arrived.stream().map(x -> x.to().id()).collect(Collectors.toCollection(HashSet::new));
    reached.addAll(inFlight);
    b.arrived.forEach(x -> reached.add(x.to().id()));
    assertThat(reached).hasSize(SUBSCRIBERS);
    System.out.printf(
        "Take-over: the dead instance had %d picked; all %d sent by the other within 30 s.%n",
        pickedByTheDead, SUBSCRIBERS);
  }

  @Test
  void anInstanceStoppedAbruptlyMidBatchLosesNoReminderAndDoublesOnlyThoseInFlight() {
    Set<String> inFlight = java.util.concurrent.ConcurrentHashMap.newKeySet();
    // Instance A: 300 sends go well, then the process freezes inside the next ones: the
    // platform has them, the database never hears of them.
    FakeMessenger a = freezingAfter(300, inFlight);
    HikariDataSource poolA = database.newPool();
    instance("instance-a", a, Duration.ofMillis(100), poolA);
    await().atMost(60, TimeUnit.SECONDS).until(() -> planned() == 2 * SUBSCRIBERS);

    clock.set(at("09:00"));
    await().atMost(60, TimeUnit.SECONDS).until(() -> !inFlight.isEmpty());
    // The process is gone: no more writes, no heartbeats. Its 4 send threads each had at most
    // one message out that the database never heard of.
    poolA.close();

    clock.advance(Duration.ofMinutes(5));
    FakeMessenger b = new FakeMessenger(clock);
    instance("instance-b", b, Duration.ofMillis(100));
    await().atMost(120, TimeUnit.SECONDS).until(() -> b.arrived.size() >= SUBSCRIBERS - 300);
    await()
        .atMost(60, TimeUnit.SECONDS)
        .until(
            () ->
                org.springframework.jdbc.core.simple.JdbcClient.create(database.dataSource())
                        .sql("select count(*) from delivery where status = 'SENT'")
                        .query(Integer.class)
                        .single()
                    == SUBSCRIBERS);

    Set<String> reachedByA =
        a.arrived.stream().map(x -> x.to().id()).collect(Collectors.toCollection(HashSet::new));
    reachedByA.addAll(inFlight);
    Set<String> reachedByB = b.arrived.stream().map(x -> x.to().id()).collect(Collectors.toSet());
    Set<String> everyone = new HashSet<>(reachedByA);
    everyone.addAll(reachedByB);
    Set<String> twice = new HashSet<>(reachedByA);
    twice.retainAll(reachedByB);
    assertThat(everyone)
        .isEqualTo(
            IntStream.range(0, SUBSCRIBERS)
                .mapToObj(i -> recipient(i).id())
                .collect(Collectors.toSet()));
    assertThat(twice).hasSizeLessThanOrEqualTo(4);
    assertThat(b.arrived).allSatisfy(x -> assertThat(x.at()).isAfterOrEqualTo(at("09:00")));
    System.out.printf(
        "Abrupt stop after %d sends: %d in flight, %d sent twice, none lost (%d reached).%n",
        a.arrived.size(), inFlight.size(), twice.size(), everyone.size());
  }
}
