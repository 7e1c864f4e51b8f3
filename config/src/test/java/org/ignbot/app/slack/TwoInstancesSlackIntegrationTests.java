package org.ignbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ignbot.app.IgnBotApplication;
import org.ignbot.app.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the whole application on one PostgreSQL database, as behind a load balancer:
 * what one instance knows (a pending letter preview, the Slack events it ran) the other knows too.
 */
class TwoInstancesSlackIntegrationTests {
  static final FakeSlack FAKE = FakeSlack.start();

  @AfterAll
  static void stopFake() {
    FAKE.close();
  }

  private static ConfigurableApplicationContext start(String schema) {
    return new SpringApplicationBuilder(IgnBotApplication.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + TestPostgres.URL + "?currentSchema=" + schema,
            "--spring.datasource.username=postgres",
            "--ign.terminal.enabled=false",
            "--ign.reminders.enabled=false",
            "--ign.schedule.refresh-interval=0s",
            "--ign.clock.as-of=2024-11-18T12:00-05:00",
            "--ign.admins=slack:UADMIN",
            "--slack.bot.token=" + FakeSlack.BOT_TOKEN,
            "--slack.signing.secret=" + SignedSlack.SECRET,
            "--ign.slack.api.url=" + FAKE.url("/api/"));
  }

  private static SignedSlack slack(ConfigurableApplicationContext context) {
    return new SignedSlack(
        Integer.parseInt(context.getEnvironment().getProperty("local.server.port")), FAKE);
  }

  @Test
  void aPreviewOnOneInstanceIsConfirmedOnTheOtherAndAnEventDeliveredToBothRunsOnce()
      throws IOException {
    String letter =
        Files.readString(Path.of("../bot-core/src/test/resources/letters/move-cancel-79th.txt"));
    String schema = TestPostgres.schema();
    try (ConfigurableApplicationContext one = start(schema);
        ConfigurableApplicationContext two = start(schema)) {
      slack(one).event(directMessage("EvPREVIEW", "UADMIN", "import " + letter));
      awaitPost("Preview of the Co-Chairs' letter");

      slack(two).event(directMessage("EvCONFIRM", "UADMIN", "confirm"));
      awaitPost("Published the Co-Chairs' letter");

      int before = FAKE.calls("chat.postMessage").size();
      slack(one).event(directMessage("EvTWICE", "U0DELEGATE", "tz"));
      slack(two).event(directMessage("EvTWICE", "U0DELEGATE", "tz"));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> FAKE.calls("chat.postMessage").size() > before);
      // Both acknowledgements are in: had the second instance taken the event, its answer would
      // follow within moments.
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(10))
          .until(() -> FAKE.calls("chat.postMessage").size() == before + 1);
    } finally {
      TestPostgres.drop(schema);
    }
  }

  private static void awaitPost(String start) {
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(FAKE.calls("chat.postMessage"))
                    .anySatisfy(call -> assertThat(call.param("text")).contains(start)));
  }

  private static String directMessage(String eventId, String user, String text) {
    String json =
        text.replace("\\", "\\\\")
            .replace("\"", "\\\"")
            .replace("\n", "\\n")
            .replace("\r", "\\r")
            .replace("\t", "\\t");
    return """
        {"token":"t","team_id":"%s","api_app_id":"A0IGN","type":"event_callback",
         "event_id":"%s","event_time":1732000000,
         "event":{"type":"message","channel_type":"im","channel":"D0DM","user":"%s",
                  "text":"%s","ts":"1732000000.000400"}}
        """
        .formatted(FakeSlack.TEAM, eventId, user, json);
  }
}
