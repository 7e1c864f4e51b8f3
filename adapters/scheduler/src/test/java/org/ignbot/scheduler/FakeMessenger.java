package org.ignbot.scheduler;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;

/**
 * A platform for tests: records what arrives and when (on the test clock), answers as told, and
 * counts requests made inside a Retry-After window it announced.
 */
public final class FakeMessenger implements Messenger {
  public record Arrived(Recipient to, Reply message, Instant at, String key) {}

  /** Which attempts arrive but are answered only once {@code release} opens (a slow platform). */
  public interface AnsweredLate {
    boolean test(Recipient to, int attempt);
  }

  /** How the platform answers one request; null means it takes the message. */
  public interface Answer {
    DeliveryResult answer(Recipient to, int attempt);
  }

  public final ConcurrentLinkedQueue<Arrived> arrived = new ConcurrentLinkedQueue<>();
  final AtomicInteger insideRetryAfter = new AtomicInteger();
  private final Map<Recipient, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private final AtomicReference<Instant[]> window = new AtomicReference<>();
  final AtomicInteger found = new AtomicInteger();
  private final Clock clock;
  private final Answer answer;
  private final AnsweredLate late;
  private final CountDownLatch release;

  public FakeMessenger(Clock clock, Answer answer) {
    this(clock, answer, (to, attempt) -> false, new CountDownLatch(0));
  }

  FakeMessenger(Clock clock, Answer answer, AnsweredLate late, CountDownLatch release) {
    this.clock = clock;
    this.answer = answer;
    this.late = late;
    this.release = release;
  }

  public FakeMessenger(Clock clock) {
    this(clock, (to, attempt) -> null);
  }

  @Override
  public String platform() {
    return "slack";
  }

  @Override
  public DeliveryResult send(Recipient recipient, Reply message) {
    return send(recipient, message, "");
  }

  /** Keeps the key with the message, as Slack keeps metadata. */
  @Override
  public DeliveryResult send(Recipient recipient, Reply message, String key) {
    Instant now = clock.instant();
    Instant[] closed = window.get();
    // Requests at the very instant of the 429 were in flight with it; later ones must wait.
    if (closed != null && now.isAfter(closed[0]) && now.isBefore(closed[1])) {
      insideRetryAfter.incrementAndGet();
    }
    int attempt = attempts.computeIfAbsent(recipient, r -> new AtomicInteger()).incrementAndGet();
    if (late.test(recipient, attempt)) {
      arrived.add(new Arrived(recipient, message, now, key));
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new DeliveryResult.Delivered("answered late");
    }
    DeliveryResult result = answer.answer(recipient, attempt);
    if (result == null) {
      arrived.add(new Arrived(recipient, message, now, key));
      return new DeliveryResult.Delivered("m-" + arrived.size());
    }
    if (result instanceof DeliveryResult.RetryLater retry && !retry.retryAfter().isZero()) {
      window.set(new Instant[] {now, now.plus(retry.retryAfter())});
    }
    return result;
  }

  @Override
  public Optional<DeliveryResult.Delivered> find(Recipient recipient, String key) {
    Optional<DeliveryResult.Delivered> seen =
        arrived.stream()
            .filter(a -> a.to().equals(recipient) && a.key().equals(key))
            .findFirst()
            .map(a -> new DeliveryResult.Delivered("found"));
    seen.ifPresent(f -> found.incrementAndGet());
    return seen;
  }

  int attempts(Recipient recipient) {
    AtomicInteger count = attempts.get(recipient);
    return count == null ? 0 : count.get();
  }

  public List<Arrived> to(Recipient recipient) {
    return arrived.stream().filter(a -> a.to().equals(recipient)).toList();
  }
}
