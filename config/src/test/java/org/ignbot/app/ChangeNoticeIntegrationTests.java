package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The whole path of a change: an admin moves a meeting in the chat, the publication reaches the
 * reminder runner, and every subscriber who follows the meeting gets one notice, once.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:change-notices;DB_CLOSE_DELAY=-1",
      "ign.clock.as-of=2024-11-18T12:00-05:00",
      "ign.admins=test:admin",
      "ign.reminders.poll-interval=100ms"
    })
@Import(ChangeNoticeIntegrationTests.RecordingPlatform.class)
class ChangeNoticeIntegrationTests {
  @Autowired CommandEngine engine;
  @Autowired RecordingMessenger messenger;
  @Autowired TextRenderer renderer;

  @Test
  void anAdminsMoveReachesEachFollowerOnceWithWasAndNow() {
    Asker follower = new Asker(new UserKey("test", "w1", "delegate"), false);
    Asker vetoOnly = new Asker(new UserKey("test", "w1", "veto-expert"), false);
    Asker admin = new Asker(new UserKey("test", "w1", "admin"), true);
    assertThat(engine.handle(follower, "subscribe").isError()).isFalse();
    assertThat(engine.handle(vetoOnly, "subscribe topic veto").isError()).isFalse();

    Reply moved = engine.handle(admin, "move 2024-11-21 22 Nov");
    assertThat(moved.isError()).as(renderer.render(moved)).isFalse();

    await().atMost(Duration.ofSeconds(30)).until(() -> !messenger.sent.isEmpty());
    // Polls go on; the notice must not come twice, and the veto follower gets none.
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> messenger.sent.size() == 1);
    Sent notice = messenger.sent.get(0);
    assertThat(notice.recipient().id()).isEqualTo("delegate");
    assertThat(renderer.render(notice.message()))
        .contains("21 November 2024")
        .contains("22 November 2024");
  }

  record Sent(Recipient recipient, Reply message) {}

  /** A chat platform that takes every message and remembers it. */
  static final class RecordingMessenger implements Messenger {
    final List<Sent> sent = new CopyOnWriteArrayList<>();

    @Override
    public String platform() {
      return "test";
    }

    @Override
    public DeliveryResult send(Recipient recipient, Reply message) {
      sent.add(new Sent(recipient, message));
      return new DeliveryResult.Delivered("m" + sent.size());
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class RecordingPlatform {
    @Bean
    RecordingMessenger recordingMessenger() {
      return new RecordingMessenger();
    }
  }
}
