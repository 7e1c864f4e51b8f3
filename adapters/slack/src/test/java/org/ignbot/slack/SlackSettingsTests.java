package org.ignbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlackSettingsTests {
  @Test
  void theSettingsNeverShowTheirSecrets() {
    SlackSettings settings =
        new SlackSettings(
            "xoxb-secret-bot",
            Optional.of("signing-secret"),
            Optional.of("xapp-secret"),
            "https://slack.com/api");

    assertThat(settings.toString())
        .doesNotContain("xoxb-secret-bot", "signing-secret", "xapp-secret")
        .contains("mode=socket", "https://slack.com/api/");
  }

  @Test
  void anAppTokenChoosesSocketModeAndBlankSecretsCountAsUnset() {
    assertThat(
            new SlackSettings(
                    "xoxb-1", Optional.of(" "), Optional.of("xapp-1"), "https://slack.com/api/")
                .socketMode())
        .isTrue();
    assertThat(
            new SlackSettings(
                    "xoxb-1", Optional.of("s"), Optional.of("  "), "https://slack.com/api/")
                .socketMode())
        .isFalse();
  }

  @Test
  void missingOrBadSettingsSayWhichOneToFix() {
    assertThatThrownBy(
            () ->
                new SlackSettings(
                    " ", Optional.of("s"), Optional.empty(), "https://slack.com/api/"))
        .isInstanceOf(SlackSetupException.class)
        .hasMessageStartingWith("SLACK_BOT_TOKEN is empty");
    assertThatThrownBy(
            () ->
                new SlackSettings(
                    "xoxb-1", Optional.of(""), Optional.empty(), "https://slack.com/api/"))
        .hasMessageStartingWith("SLACK_SIGNING_SECRET is not set");
    assertThatThrownBy(
            () -> new SlackSettings("xoxb-1", Optional.of("s"), Optional.empty(), "slack.com"))
        .hasMessageStartingWith("IGN_SLACK_API_URL \"slack.com\" is not an http(s) URL");
  }
}
