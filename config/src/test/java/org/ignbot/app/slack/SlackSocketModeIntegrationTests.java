package org.ignbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Socket Mode, chosen by an app-level token: the bot asks the fake Slack for a connection URL,
 * connects to a local WebSocket, and answers a slash command envelope with the meeting blocks.
 */
@DirtiesContext // closes the Socket Mode connection before the fakes stop
@SpringBootTest(
    properties = {
      "slack.bot.token=" + FakeSlack.BOT_TOKEN,
      "slack.app.token=xapp-test-token",
      "ign.clock.as-of=2024-11-18T12:00-05:00"
    })
class SlackSocketModeIntegrationTests {
  static final FakeSlack FAKE = FakeSlack.start();
  static final FakeSocketMode SOCKET = FakeSocketMode.begin();

  @DynamicPropertySource
  static void slackApi(DynamicPropertyRegistry registry) {
    FAKE.socketModeUrl(SOCKET.url());
    SOCKET.sendOnConnect(
        """
        {"envelope_id":"env-1","type":"slash_commands","accepts_response_payload":true,
         "payload":{"token":"t","team_id":"%s","team_domain":"missions","channel_id":"C0IGN",
                    "channel_name":"ign","user_id":"U0DELEGATE","user_name":"delegate",
                    "command":"/ign","text":"next","api_app_id":"A0IGN",
                    "response_url":"%s","trigger_id":"1.2.trigger"}}
        """
            .formatted(FakeSlack.TEAM, FAKE.url("/response/socket")));
    registry.add("ign.slack.api.url", () -> FAKE.url("/api/"));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    SOCKET.stop(1000);
    FAKE.close();
  }

  @Test
  void aSlashCommandOverSocketModeIsAcknowledgedWithTheMeetingBlocks() throws Exception {
    String ack = SOCKET.received.poll(20, TimeUnit.SECONDS);

    assertThat(ack).isNotNull();
    assertThat(JsonPath.<String>read(ack, "$.envelope_id")).isEqualTo("env-1");
    assertThat(JsonPath.<String>read(ack, "$.payload.response_type")).isEqualTo("ephemeral");
    assertThat(JsonPath.<String>read(ack, "$.payload.blocks[0].text.text"))
        .isEqualTo("Next IGN meeting");
    assertThat(JsonPath.<String>read(ack, "$.payload.blocks[1].text.text"))
        .startsWith("*1st IGN Plenary* — Tuesday 19 November 2024");
    // One connection URL asked for per start (Bolt's SocketModeApp asked twice), and one
    // auth.test: Bolt takes the bot's own check rather than asking again.
    assertThat(FAKE.calls("apps.connections.open")).hasSize(1);
    assertThat(FAKE.calls("auth.test")).hasSize(1);
    assertThat(FAKE.calls("apps.connections.open").get(0).headers().get("authorization"))
        .isEqualTo("Bearer xapp-test-token");
    // The bot token is checked at start only: no auth.test on the command's way to its answer.
    List<String> methods = FAKE.calls().stream().map(FakeSlack.Call::method).toList();
    assertThat(methods.subList(methods.indexOf("apps.connections.open"), methods.size()))
        .doesNotContain("auth.test");
  }
}
