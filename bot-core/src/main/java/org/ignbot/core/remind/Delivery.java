package org.ignbot.core.remind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.observe.BotObserver;
import org.ignbot.core.remind.DeliveryLog.Status;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.user.UserSettings;

/**
 * The delivery rules of one reminder, notice or digest, whatever runs them: claim its key, check
 * that it is still wanted and still in time, send it, and record what happened. A reminder whose
 * sitting has started is dropped; one sent after its time is marked late; a recipient the platform
 * refuses for good has its subscriptions paused; a failure is retried with {@link Backoff}; a short
 * Retry-After is waited out in place, a long one sends the message back until the window ends; an
 * attempt whose outcome is unknown is looked for on the platform before it is sent again.
 */
public final class Delivery implements AutoCloseable {
  /**
   * What to do with the message next: nothing ({@code at} empty), or try again at a time; {@code
   * carrierRemoved} when the delivery log already removed the entry that carried it.
   */
  public record Next(Optional<Instant> at, boolean carrierRemoved) {
    public static Next done() {
      return new Next(Optional.empty(), false);
    }

    public static Next at(Instant time) {
      return new Next(Optional.of(time), false);
    }

    /** Nothing more to do, and the carrier is gone with the outcome. */
    public static Next removed() {
      return new Next(Optional.empty(), true);
    }
  }

  private final Clock clock;
  private final ScheduleRepository schedules;
  private final SubscriptionStore subscriptions;
  private final UserSettings users;
  private final DeliveryLog deliveries;
  private final DeliveryRules rules;
  private final SendLoop loop;
  private final ReminderPlanner planner = new ReminderPlanner();

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
    this.deliveries = Objects.requireNonNull(deliveries);
    this.rules = Objects.requireNonNull(rules);
    this.loop = new SendLoop(clock, messengers, deliveries, windows, rules);
  }

  /** Tells {@code observer} of every delivery attempt from now on (metrics, set at start-up). */
  public void observedBy(BotObserver observer) {
    loop.observedBy(observer);
  }

  /** Of these keys, those settled: not to be planned again. */
  public Set<String> settled(Collection<String> keys) {
    return deliveries.settled(keys);
  }

  /** The reminder {@code key} for the sitting starting at {@code start}, as it falls due. */
  public Next remind(String key, Recipient recipient, Instant start) {
    return remind(key, recipient, start, Optional.empty());
  }

  /**
   * The reminder {@code key}, as it falls due, carried by {@code carrier}: removed with the outcome
   * when the delivery log can.
   */
  public Next remind(
      String key, Recipient recipient, Instant start, Optional<DeliveryLog.Carrier> carrier) {
    Instant now = clock.instant();
    // A settled key is caught by the claim in the send loop; no need to read it first.
    if (!now.isBefore(start)) {
      deliveries.drop(key, recipient, "the sitting had started", now);
      loop.observed(recipient, key, "failed", Duration.ZERO);
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
    return loop.send(
        key,
        recipient,
        at -> ReminderMessage.of(reminder.get(), at).inZone(zone),
        at -> reminder.get().isLateAt(at),
        start,
        reason -> subscriptions.pause(recipient, reason),
        carrier);
  }

  /** The change notice {@code key}, written at {@code created}; dropped once too old. */
  public Next notice(String key, Recipient recipient, Reply notice, Instant created) {
    return notice(key, recipient, notice, created, Optional.empty());
  }

  /** The change notice {@code key}, carried by {@code carrier} (see {@link #remind}). */
  public Next notice(
      String key,
      Recipient recipient,
      Reply notice,
      Instant created,
      Optional<DeliveryLog.Carrier> carrier) {
    Instant now = clock.instant();
    Instant deadline = created.plus(rules.noticeMaxAge());
    if (!now.isBefore(deadline)) {
      if (deliveries.status(key).map(Status::settled).orElse(false)) {
        return Next.done();
      }
      deliveries.drop(key, recipient, "too old to send", now);
      loop.observed(recipient, key, "failed", Duration.ZERO);
      return Next.done();
    }
    // As for a reminder, a settled key is caught by the claim: no read before it.
    Reply inZone = notice.inZone(Subscriptions.user(recipient).flatMap(users::zone));
    return loop.send(
        key,
        recipient,
        at -> inZone,
        at -> false,
        deadline,
        reason -> subscriptions.pause(recipient, reason),
        carrier);
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
    return loop.send(
        key, recipient, at -> digest, deliveredNow, deadline, refused, Optional.empty());
  }

  /** Stops the calls still running (a send past its time-out is left to be tried again). */
  @Override
  public void close() {
    loop.close();
  }
}
