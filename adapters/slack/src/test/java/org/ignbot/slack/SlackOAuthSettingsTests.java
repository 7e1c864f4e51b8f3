package org.ignbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * A reminder whose post timed out is looked for in the conversation's history before it is sent
   * again (metadata carrying its key): direct messages need im:history, channels channels:history
   * and groups:history (private ones). The manifest and the OAuth default ask for the same scopes.
   */
  @Test
  void theManifestAndTheOAuthDefaultAskForTheHistoryOfDirectMessagesAndChannels()
      throws java.io.IOException {
    List<String> manifest = new ArrayList<>();
    boolean inBotScopes = false;
    for (String line :
        Files.readAllLines(
            Path.of("../../config/slack-app-manifest.yml"), StandardCharsets.UTF_8)) {
      if (line.strip().equals("bot:")) {
        inBotScopes = true;
      } else if (inBotScopes && line.strip().startsWith("- ")) {
        manifest.add(line.strip().substring(2).split("#")[0].strip());
      } else if (inBotScopes && !line.isBlank() && !line.strip().startsWith("#")) {
        inBotScopes = false;
      }
    }

    assertThat(manifest).contains("im:history", "channels:history", "groups:history");
    assertThat(List.of(SlackOAuthSettings.DEFAULT_SCOPES.split(",")))
        .containsExactlyInAnyOrderElementsOf(manifest);
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
