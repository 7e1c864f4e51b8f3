package org.ignbot.app.slack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.ignbot.app.IgnBotApplication;
import org.ignbot.slack.SlackSetupException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Wrong Slack settings stop start-up with one line that says what to fix. */
class SlackSetupTests {
  static final FakeSlack FAKE = FakeSlack.start();

  @BeforeEach
  void reset() {
    FAKE.reset();
  }

  @AfterAll
  static void stop() {
    FAKE.close();
  }

  @Test
  void aBotTokenSlackRefusesStopsStartUp() {
    FAKE.queue(
        "auth.test",
        new FakeSlack.Answer(200, Map.of(), "{\"ok\":false,\"error\":\"invalid_auth\"}"));

    assertThatThrownBy(() -> start("--slack.signing.secret=s"))
        .rootCause()
        .isInstanceOf(SlackSetupException.class)
        .hasMessage("Slack refused the bot token (auth.test: invalid_auth): check SLACK_BOT_TOKEN");
  }

  @Test
  void httpModeWithoutASigningSecretStopsStartUp() {
    assertThatThrownBy(() -> start())
        .rootCause()
        .isInstanceOf(SlackSetupException.class)
        .hasMessageStartingWith("SLACK_SIGNING_SECRET is not set");
  }

  @Test
  void anAppTokenSlackRefusesStopsStartUpInSocketMode() {
    FAKE.queue(
        "apps.connections.open",
        new FakeSlack.Answer(200, Map.of(), "{\"ok\":false,\"error\":\"invalid_auth\"}"));

    assertThatThrownBy(() -> start("--slack.app.token=xapp-wrong"))
        .rootCause()
        .isInstanceOf(SlackSetupException.class)
        .hasMessageContaining("invalid_auth")
        .hasMessageContaining("check SLACK_APP_TOKEN");
  }

  @Test
  void aBotTokenAndAnOAuthClientTogetherStopStartUp() {
    assertThatThrownBy(
            () ->
                start(
                    "--slack.signing.secret=s",
                    "--slack.client.id=111.222",
                    "--slack.client.secret=secret"))
        .rootCause()
        .isInstanceOf(SlackSetupException.class)
        .hasMessageStartingWith("Set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID");
  }

  @Test
  void withWorkspacesInstallingThroughOAuthAnAdminWithoutItsWorkspaceStopsStartUp() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(IgnBotApplication.class)
                    .run(
                        "--server.port=0",
                        "--ign.slack.api.url=" + FAKE.url("/api/"),
                        "--slack.client.id=111.222",
                        "--slack.client.secret=secret",
                        "--slack.signing.secret=s",
                        "--spring.datasource.url=jdbc:h2:mem:setup-admins;DB_CLOSE_DELAY=-1",
                        "--ign.admins=slack:T0ONE/U0ADMIN,slack:U0BARE")
                    .close())
        .rootCause()
        .isInstanceOf(SlackSetupException.class)
        .hasMessageStartingWith("With workspaces installing through OAuth, name each Slack admin's")
        .hasMessageEndingWith("slack:U0BARE names none");
  }

  private static void start(String... extra) {
    String[] args = new String[extra.length + 3];
    args[0] = "--server.port=0";
    args[1] = "--slack.bot.token=" + FakeSlack.BOT_TOKEN;
    args[2] = "--ign.slack.api.url=" + FAKE.url("/api/");
    System.arraycopy(extra, 0, args, 3, extra.length);
    new SpringApplicationBuilder(IgnBotApplication.class).run(args).close();
  }
}
