package org.ignbot.store.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ignbot.store.remind.TestMeetings.at;
import static org.ignbot.store.remind.TestMeetings.plenary;
import static org.ignbot.store.remind.TestMeetings.sitting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.observe.BotObserver;
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.schedule.FieldChange;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.store.JdbcSubscriptionStore;
import org.ignbot.store.JdbcUserSettings;
import org.ignbot.store.MutableClock;
import org.ignbot.store.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The runner on one instance, with a clock the test moves; subclassed per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReminderRunnerContract {
  private static final Meeting TWO_SITTINGS =
      plenary(MeetingStatus.SCHEDULED, 1, sitting("10:00", "13:00"), sitting("15:00", "18:00"));

  private TestDatabase database;
  private MutableClock clock;
  private InMemoryScheduleRepository schedule;
  private JdbcSubscriptionStore subscriptions;
  private final List<ReminderRunner> runners = new ArrayList<>();
  private CountDownLatch release;
  private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();

  abstract TestDatabase open();

  @BeforeAll
  void openDatabase() {
    database = open();
  }

  @AfterAll
  void closeDatabase() {
    database.close();
  }

  @BeforeEach
  void freshState() {
    for (String table : List.of("delivery", "subscription", "ign_user", "scheduled_tasks")) {
      JdbcClient.create(database.dataSource()).sql("delete from " + table).update();
    }
    clock = new MutableClock(at("08:00"));
    release = new CountDownLatch(1);
    outcomes.clear();
    schedule = new InMemoryScheduleRepository(new Schedule(List.of(TWO_SITTINGS)));
    subscriptions = new JdbcSubscriptionStore(database.dataSource(), clock);
  }

  @AfterEach
  void stopRunners() {
    release.countDown();
    runners.forEach(ReminderRunner::stop);
    runners.clear();
  }

  private ReminderRunner start(Messenger messenger, Duration sendTimeout) {
    RunnerSettings settings =
        new RunnerSettings(
            "test-" + runners.size(),
            4,
            Duration.ofMillis(50),
            Duration.ofMinutes(1),
            Duration.ofDays(1),
            Duration.ofSeconds(30),
            sendTimeout,
            Duration.ofSeconds(10),
            Duration.ofDays(1));
    ReminderRunner runner =
        new ReminderRunner(
            database.dataSource(),
            clock,
            schedule,
            subscriptions,
            new JdbcUserSettings(database.dataSource(), clock),
            List.of(messenger),
            settings);
    runner.observedBy(
        new BotObserver() {
          @Override
          public void delivered(String platform, String outcome, Duration took) {
            outcomes.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
          }
        });
    runners.add(runner);
    runner.start();
    return runner;
  }

  private List<Recipient> subscribe(int count, Duration... leads) {
    List<Recipient> recipients =
        IntStream.range(0, count)
            .mapToObj(i -> new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "U" + i))
            .toList();
    for (Recipient recipient : recipients) {
      subscriptions.save(
          new Subscription(recipient, Optional.empty(), List.of(leads), clock.instant()));
    }
    return recipients;
  }

  private int heard(String outcome) {
    AtomicInteger count = outcomes.get(outcome);
    return count == null ? 0 : count.get();
  }

  private int planned() {
    return JdbcClient.create(database.dataSource())
        .sql("select count(*) from scheduled_tasks where task_name = 'ign-reminder'")
        .query(Integer.class)
        .single();
  }

  @Test
  void everySubscriberGetsEachReminderOnceAndNoneEarly() {
    List<Recipient> recipients = subscribe(20, Duration.ofHours(1), Duration.ofMinutes(15));
    FakeMessenger slack = new FakeMessenger(clock);
    start(slack, Duration.ofSeconds(5));
    await().atMost(10, TimeUnit.SECONDS).until(() -> planned() == 80);

    for (String time : List.of("09:00", "09:45", "14:00", "14:45")) {
      clock.set(at(time));
      int expected = slack.arrived.size() + 20;
      await().atMost(20, TimeUnit.SECONDS).until(() -> slack.arrived.size() >= expected);
    }
    clock.set(at("15:30"));

    assertThat(slack.arrived).hasSize(80);
    for (Recipient recipient : recipients) {
      assertThat(slack.to(recipient))
          .extracting(FakeMessenger.Arrived::at)
          .containsExactly(at("09:00"), at("09:45"), at("14:00"), at("14:45"));
    }
    assertThat(slack.arrived)
        .allSatisfy(a -> assertThat(a.message().title()).startsWith("Reminder: 1st IGN Plenary"));
  }

  @Test
  void sendsThatFailTimeOutOrAreRateLimitedAllArriveOnceNoneEarly() {
    List<Recipient> recipients = subscribe(30, Duration.ofHours(1));
    FakeMessenger slack =
        new FakeMessenger(
            clock,
            (to, attempt) -> {
              if (attempt > 1) {
                return null;
              }
              int kind = Integer.parseInt(to.id().substring(1)) % 3;
              if (kind == 0) {
                throw new IllegalStateException("HTTP 503 from the platform");
              }
              if (kind == 1) {
                try {
                  release.await(); // no answer: the runner's time-out gives up on it
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return new DeliveryResult.Delivered("too late to count");
              }
              return new DeliveryResult.RetryLater(Duration.ofSeconds(2), "HTTP 429");
            });
    start(slack, Duration.ofMillis(300));
    await().atMost(10, TimeUnit.SECONDS).until(() -> planned() == 60);

    clock.set(at("09:00"));
    await()
        .atMost(60, TimeUnit.SECONDS)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              if (slack.arrived.size() < 30) {
                clock.advance(Duration.ofSeconds(3));
              }
              return slack.arrived.size() >= 30;
            });

    assertThat(clock.instant()).isBefore(at("10:00"));
    for (Recipient recipient : recipients) {
      assertThat(slack.to(recipient)).hasSize(1);
      assertThat(slack.attempts(recipient)).isEqualTo(2);
    }
    assertThat(slack.arrived).allSatisfy(a -> assertThat(a.at()).isAfterOrEqualTo(at("09:00")));
    assertThat(slack.insideRetryAfter).hasValue(0);
    assertThat(heard("retried")).isGreaterThanOrEqualTo(30);
    assertThat(heard("sent") + heard("late")).isEqualTo(30);
  }

  @Test
  void aRefusedRecipientIsPausedAndNotTriedAgain() {
    List<Recipient> recipients = subscribe(3, Duration.ofHours(1));
    Recipient gone = recipients.get(0);
    FakeMessenger slack =
        new FakeMessenger(
            clock,
            (to, attempt) -> to.equals(gone) ? new DeliveryResult.Refused("user_not_found") : null);
    start(slack, Duration.ofSeconds(5));
    await().atMost(10, TimeUnit.SECONDS).until(() -> planned() == 6);

    clock.set(at("09:00"));
    await().atMost(20, TimeUnit.SECONDS).until(() -> slack.arrived.size() == 2);
    await().atMost(10, TimeUnit.SECONDS).until(() -> subscriptions.of(gone).get(0).isPaused());
    clock.set(at("14:00"));
    await().atMost(20, TimeUnit.SECONDS).until(() -> slack.arrived.size() == 4);

    assertThat(slack.attempts(gone)).isEqualTo(1);
    assertThat(subscriptions.of(gone).get(0).pausedBecause()).contains("user_not_found");
    assertThat(heard("failed")).isEqualTo(1);
  }

  @Test
  void aMovedSittingIsRemindedAtItsNewTimeAndEachFollowerIsToldOnce() {
    List<Recipient> recipients = subscribe(5, Duration.ofHours(1));
    FakeMessenger slack = new FakeMessenger(clock);
    ReminderRunner runner = start(slack, Duration.ofSeconds(5));
    await().atMost(10, TimeUnit.SECONDS).until(() -> planned() == 10);

    Meeting moved =
        plenary(MeetingStatus.SCHEDULED, 2, sitting("11:00", "13:00"), sitting("15:00", "18:00"));
    schedule.publish(new Schedule(List.of(moved)));
    MeetingChange change =
        new MeetingChange(
            MeetingChange.Kind.CHANGED,
            Optional.of(TWO_SITTINGS),
            moved,
            List.of(new FieldChange("morning sitting", "10:00–13:00", "11:00–13:00")),
            TestMeetings.LETTER);
    runner.published(List.of(change));
    runner.published(List.of(change)); // the same publication told twice: still one notice
    await().atMost(20, TimeUnit.SECONDS).until(() -> slack.arrived.size() >= 5);

    clock.set(at("09:00"));
    clock.set(at("09:30"));
    clock.set(at("10:00"));
    await().atMost(20, TimeUnit.SECONDS).until(() -> slack.arrived.size() >= 10);
    clock.set(at("10:30"));
    await().atMost(20, TimeUnit.SECONDS).until(() -> planned() == 5);

    for (Recipient recipient : recipients) {
      assertThat(slack.to(recipient))
          .extracting(a -> a.message().title())
          .containsExactly(
              "Changed: 1st IGN Plenary of Tuesday 19 November 2024",
              "Reminder: 1st IGN Plenary, Morning sitting, starts in 1 h — Tue 19 Nov 2024,"
                  + " 11:00–13:00 New York");
      assertThat(slack.to(recipient).get(0).message().lines())
          .contains("morning sitting: was 10:00–13:00, now 11:00–13:00");
    }
  }

  @Test
  void aCancelledMeetingSendsNoRemindersAndOneNotice() {
    List<Recipient> recipients = subscribe(5, Duration.ofHours(1));
    FakeMessenger slack = new FakeMessenger(clock);
    ReminderRunner runner = start(slack, Duration.ofSeconds(5));
    await().atMost(10, TimeUnit.SECONDS).until(() -> planned() == 10);

    Meeting cancelled =
        plenary(MeetingStatus.CANCELLED, 2, sitting("10:00", "13:00"), sitting("15:00", "18:00"));
    schedule.publish(new Schedule(List.of(cancelled)));
    runner.published(
        List.of(
            new MeetingChange(
                MeetingChange.Kind.CANCELLED,
                Optional.of(TWO_SITTINGS),
                cancelled,
                List.of(new FieldChange("status", "scheduled", "cancelled")),
                TestMeetings.LETTER)));
    await().atMost(20, TimeUnit.SECONDS).until(() -> slack.arrived.size() >= 5);

    clock.set(at("09:00"));
    clock.set(at("14:00"));
    await().atMost(20, TimeUnit.SECONDS).until(() -> planned() == 0);

    for (Recipient recipient : recipients) {
      assertThat(slack.to(recipient))
          .singleElement()
          .satisfies(a -> assertThat(a.message().title()).startsWith("Cancelled: 1st IGN Plenary"));
    }
  }

  @Test
  void aReminderMissedWhileTheBotWasDownGoesOutLateBeforeTheSitting() {
    List<Recipient> recipients = subscribe(2, Duration.ofHours(1));
    clock.set(at("09:40"));
    FakeMessenger slack = new FakeMessenger(clock);

    start(slack, Duration.ofSeconds(5));
    await().atMost(20, TimeUnit.SECONDS).until(() -> slack.arrived.size() == 2);

    for (Recipient recipient : recipients) {
      assertThat(slack.to(recipient))
          .singleElement()
          .satisfies(
              a ->
                  assertThat(a.message().title())
                      .startsWith(
                          "Late reminder: 1st IGN Plenary, Morning sitting, starts in 20 min"));
    }
    assertThat(heard("late")).isEqualTo(2);
    assertThat(heard("sent")).isZero();
  }

  @Test
  void aReminderWhoseSittingHasStartedIsDropped() {
    subscribe(2, Duration.ofHours(1));
    FakeMessenger slack = new FakeMessenger(clock);
    ReminderRunner runner = start(slack, Duration.ofSeconds(5));
    await().atMost(10, TimeUnit.SECONDS).until(() -> planned() == 4);
    runner.stop();
    runners.clear();

    clock.set(at("10:05"));
    start(slack, Duration.ofSeconds(5));
    await().atMost(20, TimeUnit.SECONDS).until(() -> planned() == 2);

    assertThat(slack.arrived).isEmpty();
    assertThat(
            JdbcClient.create(database.dataSource())
                .sql("select count(*) from delivery where status = 'DROPPED'")
                .query(Integer.class)
                .single())
        .isEqualTo(2);
    assertThat(heard("failed")).isEqualTo(2);
  }
}
