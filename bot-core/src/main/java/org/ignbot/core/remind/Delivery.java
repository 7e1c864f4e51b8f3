package org.ignbot.core.remind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.observe.BotObserver;
import org.ignbot.core.remind.DeliveryLog.Claim;
import org.ignbot.core.remind.DeliveryLog.Status;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.user.UserSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery rules of one reminder, notice or digest, whatever runs them: claim its key, check
 * that it is still wanted and still in time, send it, and record what happened. A reminder whose
 * sitting has started is dropped; one sent after its time is marked late; a recipient the platform
 * refuses for good has its subscriptions paused; a failure is retried with {@link Backoff}; a short
 * Retry-After is waited out in place, a long one sends the message back until the window ends; an
 * attempt whose outcome is unknown is looked for on the platform before it is sent again.
 */
public final class Delivery implements AutoCloseable {
  /** What to do with the message next: nothing ({@code at} empty), or try again at a time. */
  public record Next(Optional<Instant> at) {
    public static Next done() {
      return new Next(Optional.empty());
    }

    public static Next at(Instant time) {
      return new Next(Optional.of(time));
    }
  }

  private static final Logger log = LoggerFactory.getLogger(Delivery.class);

  /** One line per delivery attempt; quiet unless turned on (the production profile does). */
  private static final Logger activity = LoggerFactory.getLogger("org.ignbot.activity");

  private final Clock clock;
  private final ScheduleRepository schedules;
  private final SubscriptionStore subscriptions;
  private final UserSettings users;
  private final Map<String, Messenger> messengers;
  private final DeliveryLog deliveries;
  private final DeliveryRules rules;
  private final PlatformCalls platforms;
  private final ReminderPlanner planner = new ReminderPlanner();
  private volatile BotObserver observer = BotObserver.NONE;

  public Delivery(
      Clock clock,
      ScheduleRepository schedules,
      SubscriptionStore subscriptions,
      UserSettings users,
      List<Messenger> messengers,
      DeliveryLog deliveries,
      RetryAfterWindows windows,
      DeliveryRules rules) {
    this.clock = Objects.requireNonNull(clock);
    this.schedules = Objects.requireNonNull(schedules);
    this.subscriptions = Objects.requireNonNull(subscriptions);
    this.users = Objects.requireNonNull(users);
    this.messengers =
        messengers.stream().collect(Collectors.toUnmodifiableMap(Messenger::platform, m -> m));
    this.deliveries = Objects.requireNonNull(deliveries);
    this.rules = Objects.requireNonNull(rules);
    this.platforms = new PlatformCalls(clock, windows, rules.sendTimeout());
  }

  /** Tells {@code observer} of every delivery attempt from now on (metrics, set at start-up). */
  public void observedBy(BotObserver observer) {
    this.observer = Objects.requireNonNull(observer);
  }

  /** Of these keys, those settled: not to be planned again. */
  public Set<String> settled(Collection<String> keys) {
    return deliveries.settled(keys);
  }

  /** The reminder {@code key} for the sitting starting at {@code start}, as it falls due. */
  public Next remind(String key, Recipient recipient, Instant start) {
    Instant now = clock.instant();
    // A settled key is caught by the claim in send(); no need to read it first.
    if (!now.isBefore(start)) {
      deliveries.drop(key, recipient, "the sitting had started", now);
      observed(recipient, key, "failed", Duration.ZERO);
      return Next.done();
    }
    // The committed schedule, not a snapshot: a sitting moved a moment ago is not reminded of.
    Optional<Reminder> reminder =
        planner.find(key, start, schedules.committed(), subscriptions.of(recipient), now);
    if (reminder.isEmpty()) {
      // Moved, cancelled, unsubscribed or paused since it was planned: nothing to send.
      return Next.done();
    }
    Optional<ZoneId> zone = Subscriptions.user(recipient).flatMap(users::zone);
    return send(
        key,
        recipient,
        at -> ReminderMessage.of(reminder.get(), at).inZone(zone),
        at -> reminder.get().isLateAt(at),
        start,
        reason -> subscriptions.pause(recipient, reason));
  }

  /** The change notice {@code key}, written at {@code created}; dropped once too old. */
  public Next notice(String key, Recipient recipient, Reply notice, Instant created) {
    Instant now = clock.instant();
    if (deliveries.status(key).map(Status::settled).orElse(false)) {
      return Next.done();
    }
    Instant deadline = created.plus(rules.noticeMaxAge());
    if (!now.isBefore(deadline)) {
      deliveries.drop(key, recipient, "too old to send", now);
      observed(recipient, key, "failed", Duration.ZERO);
      return Next.done();
    }
    Reply inZone = notice.inZone(Subscriptions.user(recipient).flatMap(users::zone));
    return send(
        key,
        recipient,
        at -> inZone,
        at -> false,
        deadline,
        reason -> subscriptions.pause(recipient, reason));
  }

  /**
   * The digest {@code key}, by {@code deadline}, with the rules of a reminder; {@code delivered}
   * runs when this call delivered it, and a recipient refused for good is handed to {@code
   * refused}, which pauses the digest.
   */
  public Next digest(
      String key,
      Recipient recipient,
      Reply digest,
      Instant deadline,
      Runnable delivered,
      Consumer<String> refused) {
    // "Late" is asked once, right after the platform took the message: a digest is never late.
    Function<Instant, Boolean> deliveredNow =
        at -> {
          delivered.run();
          return false;
        };
    return send(key, recipient, at -> digest, deliveredNow, deadline, refused);
  }

  /** Claims the key, sends, records; waits out short Retry-After windows in place. */
  private Next send(
      String key,
      Recipient recipient,
      Function<Instant, Reply> message,
      Function<Instant, Boolean> late,
      Instant deadline,
      Consumer<String> refusedForGood) {
    Messenger messenger = messengers.get(recipient.platform());
    Instant now = clock.instant();
    if (messenger == null) {
      log.warn("No messenger for {}; message {} waits", recipient.platform(), key);
      return Next.at(now.plus(Backoff.MAX));
    }
    // A Retry-After window is checked right before each request (PlatformCalls), not here too:
    // one read less per message; a closed window then answers like a rate limit, claimed or not.
    Claim claim = deliveries.claim(key, recipient, now, now.minus(rules.staleAfter()));
    if (!claim.granted()) {
      return claim.status().settled()
          ? Next.done()
          : Next.at(claim.updatedAt().plus(rules.staleAfter()));
    }
    if (claim.mayHaveArrived()) {
      // The last attempt timed out or failed without a clear answer: it may have arrived.
      Optional<DeliveryResult.Delivered> arrived = platforms.find(messenger, recipient, key);
      if (arrived.isPresent()) {
        deliveries.settle(key, Status.SENT, false, arrived.get().messageId(), clock.instant());
        observed(recipient, key, "sent", Duration.ZERO);
        log.info("{} had {} already; not sent again", recipient.platform(), key);
        return Next.done();
      }
    }
    while (true) {
      now = clock.instant();
      if (!now.isBefore(deadline)) {
        deliveries.settle(key, Status.DROPPED, false, "too late to send", now);
        observed(recipient, key, "failed", Duration.ZERO);
        return Next.done();
      }
      DeliveryResult result = platforms.send(messenger, recipient, message.apply(now), key);
      Instant after = clock.instant();
      Duration took = Duration.between(now, after);
      if (result instanceof DeliveryResult.Delivered delivered) {
        boolean wasLate = late.apply(now);
        deliveries.settle(key, Status.SENT, wasLate, delivered.messageId(), after);
        observed(recipient, key, wasLate ? "late" : "sent", took);
        return Next.done();
      }
      if (result instanceof DeliveryResult.Refused refused) {
        deliveries.settle(key, Status.REFUSED, false, refused.reason(), after);
        observed(recipient, key, "failed", took);
        refusedForGood.accept(refused.reason());
        log.info("{} refused a recipient for good; it is paused", recipient.platform());
        return Next.done();
      }
      DeliveryResult.RetryLater retry = (DeliveryResult.RetryLater) result;
      observed(recipient, key, "retried", took);
      if (retry.retryAfter().isZero() || retry.retryAfter().isNegative()) {
        deliveries.retry(key, retry.reason(), after);
        return Next.at(after.plus(Backoff.after(claim.attempt())));
      }
      Instant open = after.plus(retry.retryAfter());
      if (!waitIfShort(open)) {
        deliveries.retry(key, DeliveryLog.RATE_LIMITED + retry.reason(), after);
        return Next.at(open);
      }
    }
  }

  /** The delivery's one log line (platform, key, outcome, time; never the message) and count. */
  private void observed(Recipient recipient, String key, String outcome, Duration took) {
    activity.info(
        "delivery platform={} key={} outcome={} took={}ms",
        recipient.platform(),
        key,
        outcome,
        took.toMillis());
    observer.delivered(recipient.platform(), outcome, took);
  }

  /** Waits until {@code open} on the bot's clock when that is close; whether it waited. */
  private boolean waitIfShort(Instant open) {
    Duration wait = Duration.between(clock.instant(), open);
    if (wait.compareTo(rules.maxRetryAfterWait()) > 0) {
      return false;
    }
    while (clock.instant().isBefore(open)) {
      long nanos = Duration.between(clock.instant(), open).toNanos();
      LockSupport.parkNanos(Math.max(1, Math.min(nanos, TimeUnit.MILLISECONDS.toNanos(20))));
      if (Thread.currentThread().isInterrupted()) {
        throw new IllegalStateException("stopped while waiting for a Retry-After window");
      }
    }
    return true;
  }

  /** Stops the calls still running (a send past its time-out is left to be tried again). */
  @Override
  public void close() {
    platforms.close();
  }
}
