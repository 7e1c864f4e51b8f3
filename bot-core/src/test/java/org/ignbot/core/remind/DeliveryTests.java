package org.ignbot.core.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.remind.Fixtures.at;
import static org.ignbot.core.remind.Fixtures.dm;
import static org.ignbot.core.remind.Fixtures.plenary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.DeliveryLog.Status;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Schedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The delivery rules on their own: in-memory ports, a clock the test moves, no database. */
class DeliveryTests {
  private static final Recipient ANA = dm("U1");
  private static final Instant START = at("10:00");
  private static final String KEY = Reminder.key("plenary", START, Duration.ofHours(1), ANA);

  private final MovableClock clock = new MovableClock(at("09:00"));
  private final InMemoryDeliveryLog log = new InMemoryDeliveryLog();
  private final InMemorySubscriptionStore subscriptions = new InMemorySubscriptionStore();
  private final Windows windows = new Windows();
  private final Platform slack = new Platform();
  private Delivery delivery = delivery(Duration.ofSeconds(5));

  @AfterEach
  void close() {
    delivery.close();
  }

  private Delivery delivery(Duration sendTimeout) {
    subscriptions.save(
        new Subscription(ANA, Optional.empty(), List.of(Duration.ofHours(1)), at("08:00")));
    return new Delivery(
        clock,
        new InMemoryScheduleRepository(new Schedule(List.of(plenary()))),
        subscriptions,
        new InMemoryUserSettings(),
        List.of(slack),
        log,
        windows,
        new DeliveryRules(sendTimeout, Duration.ZERO, Duration.ofDays(1), Duration.ofSeconds(16)));
  }

  @Test
  void aDueReminderIsSentOnceWithItsKeyAndRecordedAsSent() {
    assertThat(delivery.remind(KEY, ANA, START)).isEqualTo(Delivery.Next.done());
    assertThat(delivery.remind(KEY, ANA, START)).isEqualTo(Delivery.Next.done());

    assertThat(slack.keys).containsExactly(KEY);
    assertThat(log.rows.get(KEY).status()).isEqualTo(Status.SENT);
    assertThat(log.rows.get(KEY).late()).isFalse();
  }

  @Test
  void aSentReminderTakesItsCarrierWithTheOutcomeAndARetriedOneLeavesItToTheRunner() {
    DeliveryLog.Carrier carrier = new DeliveryLog.Carrier("ign-reminder", KEY, 2);
    log.carriers.add(carrier);
    slack.answers.add(() -> new DeliveryResult.RetryLater(Duration.ZERO, "HTTP 500"));

    assertThat(delivery.remind(KEY, ANA, START, Optional.of(carrier)))
        .isEqualTo(Delivery.Next.at(at("09:00").plus(Backoff.FIRST)));
    assertThat(log.carriers).containsExactly(carrier);

    clock.set(at("09:00:10"));
    assertThat(delivery.remind(KEY, ANA, START, Optional.of(carrier)))
        .isEqualTo(Delivery.Next.removed());
    assertThat(log.carriers).isEmpty();
    assertThat(log.rows.get(KEY).status()).isEqualTo(Status.SENT);
  }

  @Test
  void aReminderSentPastItsGraceIsMarkedLateAndOneWhoseSittingStartedIsDropped() {
    clock.set(at("09:02"));
    delivery.remind(KEY, ANA, START);
    assertThat(log.rows.get(KEY).late()).isTrue();

    String afternoon = Reminder.key("plenary", at("15:00"), Duration.ofHours(1), ANA);
    clock.set(at("15:00"));
    assertThat(delivery.remind(afternoon, ANA, at("15:00"))).isEqualTo(Delivery.Next.done());
    assertThat(slack.keys).containsExactly(KEY);
    assertThat(log.rows.get(afternoon).status()).isEqualTo(Status.DROPPED);
  }

  @Test
  void aReminderNoLongerPlannedIsNotSent() {
    subscriptions.removeAll(ANA);

    assertThat(delivery.remind(KEY, ANA, START)).isEqualTo(Delivery.Next.done());
    assertThat(slack.keys).isEmpty();
  }

  @Test
  void aRecipientRefusedForGoodIsSettledAndItsSubscriptionsPaused() {
    slack.answers.add(() -> new DeliveryResult.Refused("user_not_found"));

    assertThat(delivery.remind(KEY, ANA, START)).isEqualTo(Delivery.Next.done());
    assertThat(log.rows.get(KEY).status()).isEqualTo(Status.REFUSED);
    assertThat(subscriptions.of(ANA)).allMatch(Subscription::isPaused);
  }

  @Test
  void aFailureIsTriedAgainAfterTheBackoffAndAnUnknownOutcomeIsLookedForFirst() {
    slack.answers.add(() -> new DeliveryResult.RetryLater(Duration.ZERO, "HTTP 500"));

    assertThat(delivery.remind(KEY, ANA, START))
        .isEqualTo(Delivery.Next.at(at("09:00").plus(Backoff.FIRST)));
    assertThat(log.rows.get(KEY).status()).isEqualTo(Status.RETRY);

    slack.arrivedAnyway.add(KEY); // the 500 came after the message was posted
    clock.set(at("09:00:10"));
    assertThat(delivery.remind(KEY, ANA, START)).isEqualTo(Delivery.Next.done());
    assertThat(slack.asked).containsExactly(KEY);
    assertThat(slack.keys).containsExactly(KEY); // the one attempt, not a second
    assertThat(log.rows.get(KEY).status()).isEqualTo(Status.SENT);
  }

  @Test
  void aRetryAfterSendsItBackUntilTheWindowEndsAndHoldsBackTheWorkspacesOtherMessages() {
    slack.answers.add(() -> new DeliveryResult.RetryLater(Duration.ofSeconds(30), "HTTP 429"));
    Instant open = at("09:00:30");

    assertThat(delivery.remind(KEY, ANA, START)).isEqualTo(Delivery.Next.at(open));
    assertThat(windows.closedAt("slack/T1", clock.instant())).contains(open);

    String afternoon = Reminder.key("plenary", at("15:00"), Duration.ofHours(1), ANA);
    clock.set(at("09:00:10"));
    assertThat(delivery.remind(afternoon, ANA, at("15:00"))).isEqualTo(Delivery.Next.at(open));
    assertThat(slack.keys).containsExactly(KEY); // only the refused request

    clock.set(open);
    assertThat(delivery.remind(KEY, ANA, START)).isEqualTo(Delivery.Next.done());
    assertThat(slack.asked).isEmpty(); // a 429 reached no one: nothing to look for
    assertThat(log.rows.get(KEY).status()).isEqualTo(Status.SENT);
  }

  @Test
  void aWindowReadWithTheClaimHoldsTheSendBackWithoutAReadOfItsOwn() {
    Instant open = at("09:00:30");
    log.sharedWindows.put("slack/T1", open); // another instance was told of it

    assertThat(delivery.remind(KEY, ANA, START)).isEqualTo(Delivery.Next.at(open));
    assertThat(slack.keys).isEmpty();
    assertThat(windows.reads).hasValue(0);

    clock.set(open); // a second attempt reads the window itself: the claim brings none along
    assertThat(delivery.remind(KEY, ANA, START)).isEqualTo(Delivery.Next.done());
    assertThat(windows.reads).hasValue(1);
    assertThat(slack.keys).containsExactly(KEY);
  }

  @Test
  void aSendWithoutAnAnswerWithinTheTimeOutIsTriedAgainLater() throws Exception {
    delivery.close();
    delivery = delivery(Duration.ofMillis(100));
    CountDownLatch never = new CountDownLatch(1);
    slack.answers.add(
        () -> {
          try {
            never.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new DeliveryResult.Delivered("too late");
        });

    assertThat(delivery.remind(KEY, ANA, START).at()).isPresent();
    assertThat(log.rows.get(KEY).status()).isEqualTo(Status.RETRY);
    assertThat(log.rows.get(KEY).detail()).startsWith("no answer within");
  }

  @Test
  void aNoticeTooOldIsDroppedAndAFreshOneSent() {
    Reply notice = Reply.ok().title("Changed").line("the plenary moved").build();

    assertThat(delivery.notice("n-1", ANA, notice, at("09:00").minus(Duration.ofDays(1))))
        .isEqualTo(Delivery.Next.done());
    assertThat(delivery.notice("n-2", ANA, notice, at("08:59"))).isEqualTo(Delivery.Next.done());

    assertThat(log.rows.get("n-1").status()).isEqualTo(Status.DROPPED);
    assertThat(slack.keys).containsExactly("n-2");
  }

  /**
   * A publication to 10,000 followers is 10,000 notices: each goes straight to its claim, which
   * finds a notice already sent, with no read of its status first.
   */
  @Test
  void aNoticeWithinItsTimeGoesStraightToItsClaimAndOneAlreadySentIsNotSentAgain() {
    Reply notice = Reply.ok().title("Changed").line("the plenary moved").build();

    assertThat(delivery.notice("n-1", ANA, notice, at("08:59"))).isEqualTo(Delivery.Next.done());
    assertThat(delivery.notice("n-1", ANA, notice, at("08:59"))).isEqualTo(Delivery.Next.done());

    assertThat(slack.keys).containsExactly("n-1");
    assertThat(log.rows.get("n-1").status()).isEqualTo(Status.SENT);
    assertThat(log.statusReads).hasValue(0);
  }

  @Test
  void aNoticeTooOldThatWasSentStaysSent() {
    Reply notice = Reply.ok().title("Changed").line("the plenary moved").build();
    delivery.notice("n-1", ANA, notice, at("08:59"));
    clock.set(at("09:00").plus(Duration.ofDays(2)));

    assertThat(delivery.notice("n-1", ANA, notice, at("08:59"))).isEqualTo(Delivery.Next.done());

    assertThat(slack.keys).containsExactly("n-1");
    assertThat(log.rows.get("n-1").status()).isEqualTo(Status.SENT);
  }

  /** A Slack that answers from a script (delivered when empty) and keeps what it took. */
  private static final class Platform implements Messenger {
    final List<Supplier<DeliveryResult>> answers = new ArrayList<>();
    final List<String> keys = new ArrayList<>();
    final List<String> arrivedAnyway = new ArrayList<>();
    final List<String> asked = new ArrayList<>();

    @Override
    public String platform() {
      return "slack";
    }

    @Override
    public DeliveryResult send(Recipient recipient, Reply message) {
      throw new AssertionError("a reminder is sent with its key");
    }

    @Override
    public synchronized DeliveryResult send(Recipient recipient, Reply message, String key) {
      keys.add(key);
      return answers.isEmpty()
          ? new DeliveryResult.Delivered("m-" + keys.size())
          : answers.remove(0).get();
    }

    @Override
    public synchronized Optional<DeliveryResult.Delivered> find(Recipient recipient, String key) {
      asked.add(key);
      return arrivedAnyway.contains(key)
          ? Optional.of(new DeliveryResult.Delivered("found"))
          : Optional.empty();
    }
  }

  private static final class Windows implements RetryAfterWindows {
    private final Map<String, Instant> closed = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger reads =
        new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void close(String scope, Instant until) {
      closed.merge(scope, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    @Override
    public Optional<Instant> closedAt(String scope, Instant now) {
      reads.incrementAndGet();
      return Optional.ofNullable(closed.get(scope)).filter(until -> until.isAfter(now));
    }

    @Override
    public Optional<Instant> closedAt(String scope, Instant now, Shared shared) {
      return shared
          .closedUntil()
          .filter(until -> !closed.containsKey(scope) || until.isAfter(closed.get(scope)))
          .or(() -> Optional.ofNullable(closed.get(scope)))
          .filter(until -> until.isAfter(now));
    }
  }

  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
