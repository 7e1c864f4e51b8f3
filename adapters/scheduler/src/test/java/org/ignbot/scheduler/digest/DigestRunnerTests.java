package org.ignbot.scheduler.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.digest.DigestFixtures.FRIDAY;
import static org.ignbot.core.digest.DigestFixtures.THURSDAY;
import static org.ignbot.core.digest.DigestFixtures.WEDNESDAY;
import static org.ignbot.core.digest.DigestFixtures.publish;
import static org.ignbot.core.digest.DigestFixtures.vienna;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.ignbot.core.MutableClock;
import org.ignbot.core.digest.DigestFixtures;
import org.ignbot.core.digest.DigestSubscription;
import org.ignbot.core.digest.Frequency;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.InMemorySubscriptionStore;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.user.UserKey;
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

/**
 * The digest runner on H2 with a clock the test moves: weeks across the end of summer time in
 * Vienna (25 October 2026) and in New York (1 November), restarts, a platform that fails.
 */
class DigestRunnerTests {
  private static final Instant SUBSCRIBED = Instant.parse("2026-10-16T12:00:00Z");
  private static final UserKey VIENNESE = new UserKey("slack", "T1", "U1");
  private static final Recipient VIENNA_DM =
      new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "U1");
  private static final Recipient NEW_YORK_DM =
      new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "U2");
  private static final Recipient TOKYO_CHANNEL =
      new Recipient("slack", "T1", Recipient.Kind.CHANNEL, "C1");

  private TestDatabase database;
  private final MutableClock clock = new MutableClock(SUBSCRIBED);
  private InMemoryScheduleRepository schedules;
  private JdbcDigestStore store;

  @BeforeEach
  void subscribe() {
    database = TestDatabase.h2();
    schedules = DigestFixtures.schedule();
    store = new JdbcDigestStore(database.dataSource());
    new JdbcUserSettings(database.dataSource(), clock).setZone(VIENNESE, DigestFixtures.VIENNA);
    store.save(new DigestSubscription(VIENNA_DM, Frequency.WEEKLY, Optional.empty(), SUBSCRIBED));
  }

  @AfterEach
  void close() {
    database.close();
  }

  /** A runner as an instance would make it; its scheduler is not started (the test ticks). */
  private DigestRunner runner(Messenger messenger) {
    JdbcUserSettings users = new JdbcUserSettings(database.dataSource(), clock);
    return new DigestRunner(
        database.dataSource(),
        new Deliveries(database.dataSource()),
        TestRunners.delivery(
            database.dataSource(),
            clock,
            schedules,
            new InMemorySubscriptionStore(),
            users,
            List.of(messenger),
            RunnerSettings.defaults("test").rules()),
        clock,
        schedules,
        store,
        users,
        DigestSettings.defaults("test"));
  }

  /** Moves the clock to {@code end} in steps of {@code step}, ticking at each. */
  private void walk(DigestRunner runner, Instant end, Duration step) {
    while (clock.instant().isBefore(end)) {
      clock.advance(step);
      runner.tick();
    }
  }

  @Test
  void digestsComeAt0800LocalAcrossTwoWeeksAndBothEndsOfSummerTime() {
    store.save(new DigestSubscription(NEW_YORK_DM, Frequency.DAILY, Optional.empty(), SUBSCRIBED));
    store.save(
        new DigestSubscription(
            TOKYO_CHANNEL, Frequency.WEEKLY, Optional.of(ZoneId.of("Asia/Tokyo")), SUBSCRIBED));
    FakeMessenger inbox = new FakeMessenger(clock);
    DigestRunner runner = runner(inbox);
    Duration step = Duration.ofMinutes(15);

    walk(runner, vienna("2026-10-21T16:00"), step);
    publish(schedules, clock.instant(), Optional.empty(), THURSDAY);
    walk(runner, vienna("2026-10-22T10:00"), step);
    publish(
        schedules,
        clock.instant(),
        Optional.of(FRIDAY),
        org.ignbot.core.Fixtures.meeting("2026-11-05")
            .id(FRIDAY.id())
            .title(FRIDAY.title())
            .build());
    walk(runner, vienna("2026-10-23T10:00"), step);
    publish(
        schedules,
        clock.instant(),
        Optional.of(WEDNESDAY),
        WEDNESDAY.cancelled("Cancelled by the Co-Chairs: no interpretation that day."));
    walk(runner, Instant.parse("2026-11-03T18:00:00Z"), step);

    // Vienna: 08:00 summer time (06:00 UTC), then 08:00 winter time (07:00 UTC).
    assertThat(inbox.to(VIENNA_DM))
        .extracting(FakeMessenger.Arrived::at)
        .containsExactly(
            Instant.parse("2026-10-19T06:00:00Z"),
            Instant.parse("2026-10-26T07:00:00Z"),
            Instant.parse("2026-11-02T07:00:00Z"));
    // New York, working days with something to say: 12:00 UTC, then 13:00 UTC from 1 November.
    assertThat(inbox.to(NEW_YORK_DM))
        .extracting(FakeMessenger.Arrived::at)
        .containsExactly(
            Instant.parse("2026-10-20T12:00:00Z"),
            Instant.parse("2026-10-22T12:00:00Z"),
            Instant.parse("2026-10-23T12:00:00Z"),
            Instant.parse("2026-10-27T12:00:00Z"),
            Instant.parse("2026-10-29T12:00:00Z"),
            Instant.parse("2026-11-03T13:00:00Z"));
    // Tokyo has no summer time: Monday 08:00 is Sunday 23:00 UTC.
    assertThat(inbox.to(TOKYO_CHANNEL))
        .extracting(FakeMessenger.Arrived::at)
        .containsExactly(
            Instant.parse("2026-10-18T23:00:00Z"),
            Instant.parse("2026-10-25T23:00:00Z"),
            Instant.parse("2026-11-01T23:00:00Z"));

    TextRenderer renderer = new TextRenderer();
    String second = renderer.render(inbox.to(VIENNA_DM).get(1).message());
    assertThat(second)
        .startsWith("The week ahead, Mon 26 Oct 2026 to Sun 1 Nov 2026 (Vienna): 2 meetings")
        .contains("10:00–13:00 New York · 15:00–18:00 Vienna")
        .contains("• Added: Informal dialogue")
        .contains("• Moved: 6th IGN meeting")
        .contains("• Cancelled: 5th IGN meeting");
    assertThat(renderer.render(inbox.to(VIENNA_DM).get(2).message()))
        .contains("10:00–13:00 New York · 16:00–19:00 Vienna")
        .doesNotContain("Since the last digest");
    assertThat(renderer.render(inbox.to(NEW_YORK_DM).get(1).message()))
        .startsWith("The day ahead, Thu 22 Oct 2026 (New York): no meetings")
        .contains("• Added: Informal dialogue")
        .contains("• Moved: 6th IGN meeting");
  }

  @Test
  void aRestartedInstanceDoesNotSendTheDigestAgain() {
    FakeMessenger inbox = new FakeMessenger(clock);
    clock.set(vienna("2026-10-26T08:00"));
    assertThat(runner(inbox).tick()).isEqualTo(1);

    clock.advance(Duration.ofMinutes(1));
    assertThat(runner(inbox).tick()).isZero();
    assertThat(inbox.arrived).hasSize(1);
    assertThat(new Deliveries(database.dataSource()).status(inbox.arrived.peek().key()))
        .contains(Deliveries.Status.SENT);
  }

  @Test
  void aDigestSentByAnInstanceThatDiedBeforeRecordingItIsFoundOnThePlatformNotSentAgain() {
    FakeMessenger inbox = new FakeMessenger(clock);
    clock.set(vienna("2026-10-26T08:00"));
    runner(inbox).tick();
    String key = inbox.arrived.peek().key();
    // As if the instance died after sending, before recording it: the claim stays "sending".
    org.springframework.jdbc.core.simple.JdbcClient.create(database.dataSource())
        .sql("update delivery set status = 'SENDING' where delivery_key = ?")
        .param(key)
        .update();

    clock.advance(Duration.ofMinutes(1));
    assertThat(runner(inbox).tick()).isZero();
    clock.advance(Duration.ofMinutes(10));
    assertThat(runner(inbox).tick()).isZero();

    assertThat(inbox.arrived).hasSize(1);
    assertThat(new Deliveries(database.dataSource()).status(key)).contains(Deliveries.Status.SENT);
  }

  @Test
  void aRetryAfterIsHonouredByThisInstanceAndAnotherBeforeTheDigestIsSentAgain() {
    AtomicInteger attempts = new AtomicInteger();
    FakeMessenger inbox =
        new FakeMessenger(
            clock,
            (to, attempt) ->
                attempts.incrementAndGet() == 1
                    ? new DeliveryResult.RetryLater(Duration.ofMinutes(20), "HTTP 429")
                    : null);
    DigestRunner runner = runner(inbox);
    clock.set(vienna("2026-10-26T08:00"));
    assertThat(runner.tick()).isZero();

    walk(runner, vienna("2026-10-26T08:19"), Duration.ofMinutes(1));
    assertThat(runner(inbox).tick()).as("another instance, same window").isZero();
    assertThat(attempts).hasValue(1);

    walk(runner, vienna("2026-10-26T08:30"), Duration.ofMinutes(1));
    assertThat(inbox.arrived)
        .singleElement()
        .satisfies(a -> assertThat(a.at()).isEqualTo(vienna("2026-10-26T08:20")));
  }

  @Test
  void aPlatformThatFailsForAMomentGetsTheDigestAtTheNextTick() {
    AtomicInteger attempts = new AtomicInteger();
    FakeMessenger inbox =
        new FakeMessenger(
            clock,
            (to, attempt) ->
                attempts.incrementAndGet() <= 2
                    ? new DeliveryResult.RetryLater(Duration.ZERO, "HTTP 503")
                    : null);
    DigestRunner runner = runner(inbox);
    clock.set(vienna("2026-10-26T07:59"));

    walk(runner, vienna("2026-10-26T08:10"), Duration.ofMinutes(1));

    assertThat(inbox.arrived)
        .singleElement()
        .satisfies(a -> assertThat(a.at()).isEqualTo(vienna("2026-10-26T08:02")));
  }

  @Test
  void aRecipientThePlatformRefusesForGoodHasItsDigestPausedUntilAskedAgain() {
    AtomicInteger attempts = new AtomicInteger();
    FakeMessenger inbox =
        new FakeMessenger(
            clock,
            (to, attempt) -> {
              attempts.incrementAndGet();
              return new DeliveryResult.Refused("user_not_found");
            });
    clock.set(vienna("2026-10-26T07:59"));

    DigestRunner runner = runner(inbox);
    walk(runner, vienna("2026-10-26T09:00"), Duration.ofMinutes(1));

    assertThat(attempts).hasValue(1);
    assertThat(inbox.arrived).isEmpty();
    assertThat(store.of(VIENNA_DM).orElseThrow().pausedBecause()).contains("user_not_found");

    // The next Monday: paused, not asked again.
    clock.set(vienna("2026-11-02T08:00"));
    assertThat(runner.tick()).isZero();
    assertThat(attempts).hasValue(1);
  }

  @Test
  void aDigestUpToTwelveHoursLateIsStillSent() {
    FakeMessenger inbox = new FakeMessenger(clock);
    // Every instance was down from Monday 07:00 until 19:59 Vienna time.
    clock.set(vienna("2026-10-26T19:59"));

    assertThat(runner(inbox).tick()).isEqualTo(1);
  }

  @Test
  void aDigestMoreThanTwelveHoursLateIsNotSent() {
    FakeMessenger inbox = new FakeMessenger(clock);
    clock.set(vienna("2026-10-26T20:01"));

    assertThat(runner(inbox).tick()).isZero();
    assertThat(inbox.arrived).isEmpty();
  }

  @Test
  void theFirstDigestIsTheFirstDueAfterSubscribing() {
    store.save(
        new DigestSubscription(
            VIENNA_DM, Frequency.WEEKLY, Optional.empty(), vienna("2026-10-26T09:00")));
    FakeMessenger inbox = new FakeMessenger(clock);
    DigestRunner runner = runner(inbox);
    clock.set(vienna("2026-10-26T10:00"));
    assertThat(runner.tick()).isZero();

    clock.set(vienna("2026-11-02T08:00"));
    assertThat(runner.tick()).isEqualTo(1);
  }

  @Test
  void nothingIsSentInAWeekWithNothingToSayAndTheWeekIsSettled() {
    FakeMessenger inbox = new FakeMessenger(clock);
    clock.set(vienna("2026-11-09T08:00"));

    assertThat(runner(inbox).tick()).isZero();

    assertThat(inbox.arrived).isEmpty();
    assertThat(
            new Deliveries(database.dataSource())
                .settled(
                    List.of(
                        org.ignbot.core.digest.DigestPeriod.latest(
                                Frequency.WEEKLY, clock.instant(), DigestFixtures.VIENNA)
                            .key(VIENNA_DM))))
        .hasSize(1);
  }
}
