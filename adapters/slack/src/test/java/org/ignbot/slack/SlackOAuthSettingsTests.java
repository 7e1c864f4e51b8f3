package org.ignbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlackOAuthSettingsTests {
  @Test
  void theSettingsNeverShowTheirSecretsAndDefaultToTheManifestsScopes() {
    SlackOAuthSettings settings =
        new SlackOAuthSettings(
            "111.222",
            "client-secret-value",
            "signing-secret-value",
            " ",
            Optional.empty(),
            Duration.ofMinutes(10),
            "https://slack.com/api");

    assertThat(settings.toString())
        .doesNotContain("client-secret-value", "signing-secret-value")
        .contains("111.222");
    assertThat(settings.scopes()).isEqualTo(SlackOAuthSettings.DEFAULT_SCOPES);
    assertThat(settings.apiUrl()).isEqualTo("https://slack.com/api/");
  }

  @Test
  void missingSecretsSayWhichSettingToFix() {
    assertThatThrownBy(
            () ->
                new SlackOAuthSettings(
                    "111.222", "", "s", null, Optional.empty(), Duration.ofMinutes(1), "http://x/"))
        .isInstanceOf(SlackSetupException.class)
        .hasMessageStartingWith("SLACK_CLIENT_SECRET is empty");
    assertThatThrownBy(
            () ->
                new SlackOAuthSettings(
                    "111.222",
                    "c",
                    null,
                    null,
                    Optional.empty(),
                    Duration.ofMinutes(1),
                    "http://x/"))
        .hasMessageStartingWith("SLACK_SIGNING_SECRET is not set");
    assertThatThrownBy(
            () ->
                new SlackOAuthSettings(
                    "1",
                    "c",
                    "s",
                    null,
                    Optional.of("bot.example/x"),
                    Duration.ofMinutes(1),
                    "http://x/"))
        .hasMessageStartingWith("SLACK_REDIRECT_URI \"bot.example/x\" is not an http(s) URL");
  }
}
