package org.ignbot.core.remind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.observe.BotObserver;
import org.ignbot.core.remind.Delivery.Next;
import org.ignbot.core.remind.DeliveryLog.Carrier;
import org.ignbot.core.remind.DeliveryLog.Claim;
import org.ignbot.core.remind.DeliveryLog.Status;
import org.ignbot.core.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The send loop {@link Delivery} runs for every kind of message: claim the key, look for an attempt
 * whose outcome is unknown, send, record the outcome, retry with {@link Backoff}, wait out a short
 * Retry-After in place and send back a long one; and the one activity line per attempt.
 */
final class SendLoop implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Delivery.class);

  /** One line per delivery attempt; quiet unless turned on (the production profile does). */
  private static final Logger activity = LoggerFactory.getLogger("org.ignbot.activity");

  private final Clock clock;
  private final Map<String, Messenger> messengers;
  private final DeliveryLog deliveries;
  private final DeliveryRules rules;
  private final PlatformCalls platforms;
  private volatile BotObserver observer = BotObserver.NONE;

  SendLoop(
      Clock clock,
      List<Messenger> messengers,
      DeliveryLog deliveries,
      RetryAfterWindows windows,
      DeliveryRules rules) {
    this.clock = Objects.requireNonNull(clock);
    this.messengers =
        messengers.stream().collect(Collectors.toUnmodifiableMap(Messenger::platform, m -> m));
    this.deliveries = Objects.requireNonNull(deliveries);
    this.rules = Objects.requireNonNull(rules);
    this.platforms = new PlatformCalls(clock, windows, rules.sendTimeout());
  }

  void observedBy(BotObserver observer) {
    this.observer = Objects.requireNonNull(observer);
  }

  /** Claims the key, sends, records; waits out short Retry-After windows in place. */
  Next send(
      String key,
      Recipient recipient,
      Function<Instant, Reply> message,
      Function<Instant, Boolean> late,
      Instant deadline,
      Consumer<String> refusedForGood,
      Optional<Carrier> carrier) {
    Messenger messenger = messengers.get(recipient.platform());
    Instant now = clock.instant();
    if (messenger == null) {
      log.warn("No messenger for {}; message {} waits", recipient.platform(), key);
      return Next.at(now.plus(Backoff.MAX));
    }
    // A Retry-After window is checked right before each request (PlatformCalls), not here too:
    // one read less per message; a closed window then answers like a rate limit, claimed or not.
    // The claim may bring the shared window along, read in its round trip: the first request
    // right after it uses that instead of reading it again.
    Claim claim =
        deliveries.claim(
            key, recipient, now, now.minus(rules.staleAfter()), RetryAfterWindows.scope(recipient));
    Optional<RetryAfterWindows.Shared> window = claim.window();
    if (!claim.granted()) {
      return claim.status().settled()
          ? Next.done()
          : Next.at(claim.updatedAt().plus(rules.staleAfter()));
    }
    if (claim.mayHaveArrived()) {
      window = Optional.empty(); // read again after the look-up, which takes a while
      // The last attempt timed out or failed without a clear answer: it may have arrived.
      Optional<DeliveryResult.Delivered> arrived = platforms.find(messenger, recipient, key);
      if (arrived.isPresent()) {
        Next next =
            settle(key, Status.SENT, false, arrived.get().messageId(), clock.instant(), carrier);
        observed(recipient, key, "sent", Duration.ZERO);
        log.info("{} had {} already; not sent again", recipient.platform(), key);
        return next;
      }
    }
    while (true) {
      now = clock.instant();
      if (!now.isBefore(deadline)) {
        Next next = settle(key, Status.DROPPED, false, "too late to send", now, carrier);
        observed(recipient, key, "failed", Duration.ZERO);
        return next;
      }
      DeliveryResult result = platforms.send(messenger, recipient, message.apply(now), key, window);
      window = Optional.empty(); // a later attempt reads the window again
      Instant after = clock.instant();
      Duration took = Duration.between(now, after);
      if (result instanceof DeliveryResult.Delivered delivered) {
        boolean wasLate = late.apply(now);
        Next next = settle(key, Status.SENT, wasLate, delivered.messageId(), after, carrier);
        observed(recipient, key, wasLate ? "late" : "sent", took);
        return next;
      }
      if (result instanceof DeliveryResult.Refused refused) {
        Next next = settle(key, Status.REFUSED, false, refused.reason(), after, carrier);
        observed(recipient, key, "failed", took);
        refusedForGood.accept(refused.reason());
        log.info("{} refused a recipient for good; it is paused", recipient.platform());
        return next;
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

  /** Records a final outcome, with its carrier where the log removes it in the same write. */
  private Next settle(
      String key,
      Status status,
      boolean late,
      String detail,
      Instant now,
      Optional<Carrier> carrier) {
    if (carrier.isEmpty()) {
      deliveries.settle(key, status, late, detail, now);
      return Next.done();
    }
    return deliveries.settle(key, status, late, detail, now, carrier.get())
        ? Next.removed()
        : Next.done();
  }

  /** The delivery's one log line (platform, key, outcome, time; never the message) and count. */
  void observed(Recipient recipient, String key, String outcome, Duration took) {
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
