package org.ignbot.scheduler.digest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;

/**
 * A platform for the digest tests: keeps each digest that arrives with its time on the test clock
 * and its key, and answers as {@code answer} says (null: it takes the message).
 */
final class DigestInbox implements Messenger {
  record Arrived(Recipient to, Reply digest, Instant at, String key) {}

  final ConcurrentLinkedQueue<Arrived> arrived = new ConcurrentLinkedQueue<>();
  private final Clock clock;
  private final Function<Recipient, DeliveryResult> answer;

  DigestInbox(Clock clock, Function<Recipient, DeliveryResult> answer) {
    this.clock = clock;
    this.answer = answer;
  }

  DigestInbox(Clock clock) {
    this(clock, to -> null);
  }

  @Override
  public String platform() {
    return "slack";
  }

  @Override
  public DeliveryResult send(Recipient recipient, Reply message) {
    return send(recipient, message, "");
  }

  @Override
  public DeliveryResult send(Recipient recipient, Reply message, String key) {
    DeliveryResult result = answer.apply(recipient);
    if (result != null) {
      return result;
    }
    arrived.add(new Arrived(recipient, message, clock.instant(), key));
    return new DeliveryResult.Delivered("m-" + arrived.size());
  }

  @Override
  public Optional<DeliveryResult.Delivered> find(Recipient recipient, String key) {
    return arrived.stream()
        .filter(a -> a.to().equals(recipient) && a.key().equals(key))
        .findFirst()
        .map(a -> new DeliveryResult.Delivered("found"));
  }

  List<Arrived> to(Recipient recipient) {
    return arrived.stream().filter(a -> a.to().equals(recipient)).toList();
  }
}
