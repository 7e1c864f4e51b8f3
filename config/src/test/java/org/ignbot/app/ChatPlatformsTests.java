package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** The one reading of "which platforms are on" that the conditions and the Launcher share. */
class ChatPlatformsTests {

  private static ChatPlatforms fromVariables(Map<String, Object> variables) {
    MockEnvironment environment = new MockEnvironment();
    environment
        .getPropertySources()
        .addFirst(
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
    return ChatPlatforms.of(environment);
  }

  @Test
  void slacksModeFollowsWhichCredentialsAreSet() {
    assertThat(fromVariables(Map.of()).slackMode()).isEqualTo(SlackProperties.Mode.OFF);
    assertThat(fromVariables(Map.of("SLACK_BOT_TOKEN", "xoxb-1")).slackMode())
        .isEqualTo(SlackProperties.Mode.HTTP);
    assertThat(
            fromVariables(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"))
                .slackMode())
        .isEqualTo(SlackProperties.Mode.SOCKET);
    assertThat(fromVariables(Map.of("SLACK_CLIENT_ID", "111.222")).slackMode())
        .isEqualTo(SlackProperties.Mode.OAUTH);
    assertThat(fromVariables(Map.of("SLACK_APP_TOKEN", "xapp-1")).slackMode())
        .as("an app-level token alone")
        .isEqualTo(SlackProperties.Mode.OFF);
  }

  @Test
  void theDocumentedEnvironmentVariablesBindWithTheirUnderscores() {
    ChatPlatforms platforms =
        fromVariables(
            Map.of(
                "DISCORD_TOKEN", "abc",
                "DISCORD_GUILD_ID", "42",
                "SLACK_CLIENT_ID", "111.222",
                "SLACK_REDIRECT_URI", "https://ign.example.org/slack/oauth_redirect"));

    assertThat(platforms.discord().guildId()).isEqualTo("42");
    assertThat(platforms.slack().redirect().uri())
        .isEqualTo("https://ign.example.org/slack/oauth_redirect");
    assertThat(platforms.discordOn()).isTrue();
    assertThat(platforms.terminalChat()).isFalse();
  }

  @Test
  void noPlatformConnectsWhenTheWebApplicationTypeIsNone() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("discord.token", "abc")
            .withProperty("spring.main.web-application-type", "none");

    assertThat(ChatPlatforms.of(environment).discordOn()).isFalse();
  }
}
