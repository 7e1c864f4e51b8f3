package org.ignbot.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ignbot.scheduler.TestMeetings.at;
import static org.ignbot.scheduler.TestMeetings.plenary;
import static org.ignbot.scheduler.TestMeetings.sitting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.ignbot.core.MutableClock;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.observe.BotObserver;
import org.ignbot.core.remind.Delivery;
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.FieldChange;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Publication;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.SchedulePublisher;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.store.JdbcScheduleStore;
import org.ignbot.store.JdbcSubscriptionStore;
import org.ignbot.store.JdbcUserSettings;
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

  /** The morning sitting moved from 10:00 to 11:00. */
  private static final Meeting MOVED =
      plenary(MeetingStatus.SCHEDULED, 2, sitting("11:00", "13:00"), sitting("15:00", "18:00"));

  private static final Meeting CANCELLED =
      plenary(MeetingStatus.CANCELLED, 2, sitting("10:00", "13:00"), sitting("15:00", "18:00"));

  private static final MeetingChange CANCEL =
      new MeetingChange(
          MeetingChange.Kind.CANCELLED,
          Optional.of(TWO_SITTINGS),
          CANCELLED,
          List.of(new FieldChange("status", "scheduled", "cancelled")),
          TestMeetings.LETTER);

  /** A meeting on the veto, added by a letter. */
  private static final Meeting VETO_MEETING =
      new Meeting(
          "veto",
          79,
          "2nd IGN meeting",
          TestMeetings.DAY,
          List.of(sitting("15:00", "18:00")),
          Optional.of("Conference Room 4"),
          List.of(),
          Set.of(Cluster.VETO),
          List.of(),
          MeetingStatus.SCHEDULED,
          1,
          Optional.empty(),
          TestMeetings.LETTER);

  private static final MeetingChange ADD =
      new MeetingChange(
          MeetingChange.Kind.ADDED, Optional.empty(), VETO_MEETING, List.of(), TestMeetings.LETTER);

  private static final MeetingChange MOVE =
      new MeetingChange(
          MeetingChange.Kind.CHANGED,
          Optional.of(TWO_SITTINGS),
          MOVED,
          List.of(new FieldChange("morning sitting", "10:00–13:00", "11:00–13:00")),
          TestMeetings.LETTER);

  TestDatabase database;
  private MutableClock clock;
  private JdbcScheduleStore schedule;
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
    JdbcClient jdbc = JdbcClient.create(database.dataSource());
    for (String table :
        List.of(
            "delivery",
            "subscription",
            "ign_user",
            "scheduled_tasks",
            "announcement",
            "retry_after_window",
            "meeting_change",
            "meeting",
            "letter",
            "schedule_source")) {
      jdbc.sql("delete from " + table).update();
    }
    jdbc.sql("update schedule_state set version = 0").update();
    clock = new MutableClock(at("08:00"));
    release = new CountDownLatch(1);
    outcomes.clear();
    schedule = new JdbcScheduleStore(database.dataSource(), clock, Duration.ZERO);
    schedule.seedIfEmpty(new Schedule(List.of(TWO_SITTINGS)));
    subscriptions = new JdbcSubscriptionStore(database.dataSource(), clock);
  }

  @AfterEach
  void stopRunners() {
    release.countDown();
    runners.forEach(ReminderRunner::stop);
    runners.clear();
  }

  ReminderRunner start(Messenger messenger, Duration sendTimeout) {
    return start(messenger, sendTimeout, schedule);
  }

  private ReminderRunner start(
      Messenger messenger, Duration sendTimeout, ScheduleRepository schedules) {
    return start(messenger, sendTimeout, schedules, clock, Duration.ofMillis(50));
  }

  private ReminderRunner start(
      Messenger messenger,
      Duration sendTimeout,
      ScheduleRepository schedules,
      Clock runnerClock,
      Duration poll) {
    RunnerSettings settings =
        new RunnerSettings(
            "test-" + runners.size(),
            4,
            poll,
            Duration.ofMinutes(1),
            Duration.ofDays(1),
            Duration.ofSeconds(30),
            sendTimeout,
            Duration.ofSeconds(10),
            Duration.ofDays(1));
    Delivery delivery =
        TestRunners.delivery(
            database.dataSource(),
            runnerClock,
            schedules,
            subscriptions,
            new JdbcUserSettings(database.dataSource(), clock),
            List.of(messenger),
            settings.rules());
    delivery.observedBy(
        new BotObserver() {
          @Override
          public void delivered(String platform, String outcome, Duration took) {
            outcomes.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
          }
        });
    ReminderRunner runner =
        TestRunners.runner(
            database.dataSource(), runnerClock, schedules, subscriptions, delivery, settings);
    runners.add(runner);
    runner.start();
    return runner;
  }

  /** Publishes {@code changes} as an admin or a letter would, telling {@code listener} after. */
  private void publish(ReminderRunner listener, List<MeetingChange> changes, Meeting... next) {
    SchedulePublisher publisher =
        new SchedulePublisher(schedule, listener == null ? c -> {} : listener);
    assertThat(
            publisher.publish(
                new Publication(
                    schedule.current(), new Schedule(List.of(next)), changes, Optional.empty())))
        .isTrue();
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

  /** Moves the clock 3 s at a time (past backoffs and Retry-After windows) until {@code done}. */
  private void advanceUntil(java.util.function.BooleanSupplier done) {
    await()
        .atMost(60, TimeUnit.SECONDS)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              if (done.getAsBoolean()) {
                return true;
              }
              clock.advance(Duration.ofSeconds(3));
              return false;
            });
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

  /** Reminders still in the table that were due by {@code instant}. */
  private int dueBy(java.time.Instant instant) {
    return JdbcClient.create(database.dataSource())
        .sql(
            "select count(*) from scheduled_tasks where task_name = 'ign-reminder' and"
                + " execution_time <= ?")
        .param(instant.atOffset(java.time.ZoneOffset.UTC))
        .query(Integer.class)
        .single();
  }

  @Test
  void aReminderDueBetweenTwoPollsGoesOutAtItsTime() {
    // A clock that runs, 3 s before the reminder of 09:45 falls due; the table is polled hourly.
    Clock running =
        Clock.offset(
            Clock.systemUTC(), Duration.between(Instant.now(), at("09:45").minusSeconds(3)));
    subscribe(1, Duration.ofMinutes(15));
    FakeMessenger slack = new FakeMessenger(running);
    start(slack, Duration.ofSeconds(5), schedule, running, Duration.ofHours(1));
    await().atMost(10, TimeUnit.SECONDS).until(() -> planned() + slack.arrived.size() == 2);

    await().atMost(20, TimeUnit.SECONDS).until(() -> !slack.arrived.isEmpty());
    assertThat(slack.arrived.peek().at()).isAfterOrEqualTo(at("09:45"));
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
    // A send is counted once its outcome is recorded, a moment after it arrived.
    advanceUntil(() -> slack.arrived.size() >= 30 && heard("sent") + heard("late") >= 30);

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
  void aSendThatArrivedButWasAnsweredAfterTheTimeOutIsFoundAndNotSentAgain() {
    List<Recipient> recipients = subscribe(10, Duration.ofHours(1));
    FakeMessenger slack =
        new FakeMessenger(clock, (to, attempt) -> null, (to, attempt) -> attempt == 1, release);
    start(slack, Duration.ofMillis(300));
    await().atMost(10, TimeUnit.SECONDS).until(() -> planned() == 20);

    clock.set(at("09:00"));
    advanceUntil(() -> slack.found.get() >= 10 && heard("sent") + heard("late") == 10);

    for (Recipient recipient : recipients) {
      assertThat(slack.to(recipient)).hasSize(1);
      assertThat(slack.attempts(recipient)).isEqualTo(1);
    }
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

    publish(runner, List.of(MOVE), MOVED);
    runner.published(List.of(MOVE)); // the same publication told twice: still one notice
    runner.announcePending();
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
  void aSittingMovedByAnotherInstanceIsNotRemindedAtItsOldTimeWhateverTheSnapshotHeld() {
    List<Recipient> recipients = subscribe(5, Duration.ofHours(1));
    FakeMessenger slack = new FakeMessenger(clock);
    // This instance's snapshot is checked against the database only once a day.
    JdbcScheduleStore stale =
        new JdbcScheduleStore(database.dataSource(), clock, Duration.ofDays(1));
    start(slack, Duration.ofSeconds(5), stale);
    await().atMost(10, TimeUnit.SECONDS).until(() -> planned() == 10);

    // Another instance moves the morning sitting; no notice reaches this runner's listener.
    publish(null, List.of(MOVE), MOVED);
    clock.set(at("09:00"));
    await().atMost(20, TimeUnit.SECONDS).until(() -> dueBy(at("09:00")) == 0);

    assertThat(slack.arrived)
        .noneMatch(a -> a.message().title().startsWith("Reminder: 1st IGN Plenary"));
    assertThat(recipients).allSatisfy(r -> assertThat(slack.to(r)).hasSizeLessThanOrEqualTo(1));
  }

  @Test
  void aCancelledMeetingSendsNoRemindersAndOneNotice() {
    List<Recipient> recipients = subscribe(5, Duration.ofHours(1));
    FakeMessenger slack = new FakeMessenger(clock);
    ReminderRunner runner = start(slack, Duration.ofSeconds(5));
    await().atMost(10, TimeUnit.SECONDS).until(() -> planned() == 10);

    publish(runner, List.of(CANCEL), CANCELLED);
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
  void aCommittedChangeWhoseInstanceDiedBeforeAnnouncingItIsAnnouncedOnceByTheNextInstances() {
    List<Recipient> recipients = subscribe(20, Duration.ofHours(1));
    // The publishing instance dies right after the commit: no listener hears of it.
    publish(null, List.of(MOVE), MOVED);
    FakeMessenger slack = new FakeMessenger(clock);

    start(slack, Duration.ofSeconds(5));
    start(slack, Duration.ofSeconds(5));
    await().atMost(20, TimeUnit.SECONDS).until(() -> slack.arrived.size() >= 20);
    runners.forEach(ReminderRunner::announcePending);
    await().atMost(10, TimeUnit.SECONDS).until(() -> planned() == 40);

    for (Recipient recipient : recipients) {
      assertThat(slack.to(recipient))
          .singleElement()
          .satisfies(
              a ->
                  assertThat(a.message().title())
                      .isEqualTo("Changed: 1st IGN Plenary of Tuesday 19 November 2024"));
    }
    assertThat(
            JdbcClient.create(database.dataSource())
                .sql("select count(*) from announcement")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aNewMeetingIsAnnouncedToFollowersOfItsClusterAndOfEveryMeetingOnly() {
    Recipient everything = new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "UALL");
    Recipient veto = new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "UVETO");
    Recipient size = new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "USIZE");
    subscriptions.save(
        new Subscription(everything, Optional.empty(), List.of(Duration.ofHours(1)), at("08:00")));
    subscriptions.save(
        new Subscription(
            veto, Optional.of(Cluster.VETO), List.of(Duration.ofHours(1)), at("08:00")));
    subscriptions.save(
        new Subscription(
            size, Optional.of(Cluster.SIZE_METHODS), List.of(Duration.ofHours(1)), at("08:00")));
    FakeMessenger slack = new FakeMessenger(clock);
    ReminderRunner runner = start(slack, Duration.ofSeconds(5));

    publish(runner, List.of(ADD), TWO_SITTINGS, VETO_MEETING);
    await().atMost(20, TimeUnit.SECONDS).until(() -> slack.arrived.size() >= 2);
    runner.announcePending();

    assertThat(slack.to(everything))
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.message().title())
                    .isEqualTo("New: 2nd IGN meeting of Tuesday 19 November 2024"));
    assertThat(slack.to(veto)).hasSize(1);
    assertThat(slack.to(size)).isEmpty();
  }

  @Test
  void aPublicationOfSeveralChangesIsOneNoticeListingWhatIsNewChangedAndCancelled() {
    List<Recipient> recipients = subscribe(3, Duration.ofHours(1));
    FakeMessenger slack = new FakeMessenger(clock);
    ReminderRunner runner = start(slack, Duration.ofSeconds(5));

    publish(runner, List.of(CANCEL, ADD), CANCELLED, VETO_MEETING);
    await().atMost(20, TimeUnit.SECONDS).until(() -> slack.arrived.size() >= 3);
    runner.announcePending();

    for (Recipient recipient : recipients) {
      assertThat(slack.to(recipient))
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.message().title()).isEqualTo("Schedule update: 1 new, 1 cancelled");
                assertThat(a.message().lines())
                    .contains("Cancelled: 1st IGN Plenary of Tuesday 19 November 2024")
                    .anyMatch(line -> line.startsWith("New: ") && line.contains("2nd IGN meeting"));
              });
    }
  }

  @Test
  void aReminderMissedWhileTheBotWasDownGoesOutLateBeforeTheSitting() {
    List<Recipient> recipients = subscribe(2, Duration.ofHours(1));
    clock.set(at("09:40"));
    FakeMessenger slack = new FakeMessenger(clock);

    start(slack, Duration.ofSeconds(5));
    await().atMost(20, TimeUnit.SECONDS).until(() -> slack.arrived.size() == 2);
    // Counted once the outcome is recorded, a moment after the message arrived.
    await().atMost(10, TimeUnit.SECONDS).until(() -> heard("late") + heard("sent") == 2);

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
