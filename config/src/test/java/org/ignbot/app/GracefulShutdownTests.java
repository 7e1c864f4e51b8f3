package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
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
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.reply.Reply;
import org.ignbot.scheduler.ReminderRunner;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A batch of reminders interrupted by the application's shutdown (what SIGTERM does: the context
 * closes) completes after a restart, each reminder sent once.
 */
class GracefulShutdownTests {
  private static final int RECIPIENTS = 20;

  /** Every message that reached "the platform", by recipient, across both runs. */
  private final Map<String, AtomicInteger> arrived = new ConcurrentHashMap<>();

  @Test
  void aReminderBatchInterruptedByShutdownCompletesAfterRestartWithNothingDoubled() {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger inFlight = new AtomicInteger();
    // The first run: three sends go through, the rest hang until the shutdown has begun.
    Messenger slow =
        new TestMessenger(
            recipient -> {
              if (total() >= 3) {
                inFlight.incrementAndGet();
                try {
                  release.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  throw new IllegalStateException("interrupted");
                }
              }
            });
    ConfigurableApplicationContext first = start(slow);
    SubscriptionStore subscriptions = first.getBean(SubscriptionStore.class);
    Instant since = Instant.parse("2024-11-19T14:00:00Z");
    IntStream.range(0, RECIPIENTS)
        .forEach(
            i ->
                subscriptions.save(
                    new Subscription(
                        recipient(i), Optional.empty(), List.of(Duration.ofHours(1)), since)));
    first.getBean(ReminderRunner.class).replan();
    await().atMost(30, TimeUnit.SECONDS).until(() -> total() >= 3 && inFlight.get() >= 1);

    Thread closing = new Thread(first::close);
    closing.start();
    await().atMost(10, TimeUnit.SECONDS).until(first::isClosed);
    release.countDown();
    await().atMost(30, TimeUnit.SECONDS).until(() -> !closing.isAlive());
    // The sends in flight when the shutdown began were finished or handed back, not doubled.
    assertThat(total()).isGreaterThanOrEqualTo(3 + inFlight.get());

    try (ConfigurableApplicationContext second = start(new TestMessenger(recipient -> {}))) {
      second.getBean(ReminderRunner.class).replan();
      await().atMost(60, TimeUnit.SECONDS).until(() -> arrived.size() == RECIPIENTS);
    }

    assertThat(arrived).hasSize(RECIPIENTS);
    assertThat(arrived.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
  }

  private int total() {
    return arrived.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  private static Recipient recipient(int i) {
    return new Recipient("test", "T1", Recipient.Kind.DIRECT_MESSAGE, "U" + i);
  }

  private static ConfigurableApplicationContext start(Messenger messenger) {
    return new SpringApplicationBuilder(IgnBotApplication.class)
        .web(WebApplicationType.NONE)
        .initializers(
            context -> context.getBeanFactory().registerSingleton("testMessenger", messenger))
        .run(
            "--spring.datasource.url=jdbc:h2:mem:shutdown;DB_CLOSE_DELAY=-1",
            // 09:30 on the day: the 1-hour reminders of the 10:00 sitting are due (late).
            "--ign.clock.as-of=2024-11-19T09:30-05:00",
            "--ign.reminders.poll-interval=100ms",
            "--ign.reminders.threads=4",
            "--ign.reminders.send-timeout=10s");
  }

  /** Stands in for a chat platform: runs {@code before}, then counts the message as arrived. */
  private final class TestMessenger implements Messenger {
    private final java.util.function.Consumer<Recipient> before;

    TestMessenger(java.util.function.Consumer<Recipient> before) {
      this.before = before;
    }

    @Override
    public String platform() {
      return "test";
    }

    @Override
    public DeliveryResult send(Recipient recipient, Reply message) {
      before.accept(recipient);
      arrived.computeIfAbsent(recipient.id(), id -> new AtomicInteger()).incrementAndGet();
      return new DeliveryResult.Delivered("m-" + recipient.id());
    }
  }
}
