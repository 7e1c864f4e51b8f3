package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ignbot.core.digest.DigestStore;
import org.ignbot.core.digest.DigestSubscription;
import org.ignbot.core.digest.Frequency;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;
import org.ignbot.scheduler.digest.DigestRunner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The reminders and the digests go through the application's one {@code Delivery}: a digest the
 * digest runner sends is counted in the delivery metrics, as a reminder is.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:delivery-wiring;DB_CLOSE_DELAY=-1",
      "ign.reminders.enabled=false",
      "ign.clock.as-of=2024-11-18T08:00+01:00"
    })
class DeliveryWiringIntegrationTests {
  private static final Recipient DELEGATE =
      new Recipient(Inbox.PLATFORM, "T1", Recipient.Kind.DIRECT_MESSAGE, "U1");

  @Autowired DigestStore digests;
  @Autowired ObjectProvider<DigestRunner> digestRunner;
  @Autowired MeterRegistry registry;
  @Autowired Inbox inbox;

  @Test
  void aDigestSentByTheDigestRunnerIsCountedWithTheReminders() {
    digests.save(
        new DigestSubscription(
            DELEGATE,
            Frequency.WEEKLY,
            Optional.of(ZoneId.of("Europe/Vienna")),
            Instant.parse("2024-11-01T00:00:00Z")));

    assertThat(digestRunner.getObject().tick()).isEqualTo(1);

    assertThat(inbox.arrived).singleElement();
    assertThat(
            registry
                .counter("ign.reminders", "platform", Inbox.PLATFORM, "outcome", "sent")
                .count())
        .isEqualTo(1.0);
  }

  /** A platform of the test's own, among the application's messengers. */
  static final class Inbox implements Messenger {
    static final String PLATFORM = "inbox";
    final List<Reply> arrived = new CopyOnWriteArrayList<>();

    @Override
    public String platform() {
      return PLATFORM;
    }

    @Override
    public DeliveryResult send(Recipient recipient, Reply message) {
      arrived.add(message);
      return new DeliveryResult.Delivered("m-" + arrived.size());
    }
  }

  @TestConfiguration
  static class InboxConfiguration {
    @Bean
    Inbox inbox() {
      return new Inbox();
    }
  }
}
