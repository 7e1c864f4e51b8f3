package org.ignbot.slack;

import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Slack: the bot token ({@code SLACK_BOT_TOKEN}), the signing secret for HTTP mode
 * ({@code SLACK_SIGNING_SECRET}), the app-level token that selects Socket Mode ({@code
 * SLACK_APP_TOKEN}), and the Web API base ({@code IGN_SLACK_API_URL}). {@link #toString()} never
 * shows a secret.
 */
public record SlackSettings(
    String botToken, Optional<String> signingSecret, Optional<String> appToken, String apiUrl) {

  public SlackSettings {
    Objects.requireNonNull(signingSecret);
    Objects.requireNonNull(appToken);
    if (botToken == null || botToken.isBlank()) {
      throw new SlackSetupException("SLACK_BOT_TOKEN is empty: set the bot's xoxb- token");
    }
    botToken = botToken.strip();
    signingSecret = signingSecret.map(String::strip).filter(secret -> !secret.isEmpty());
    appToken = appToken.map(String::strip).filter(token -> !token.isEmpty());
    if (appToken.isEmpty() && signingSecret.isEmpty()) {
      throw new SlackSetupException(
          "SLACK_SIGNING_SECRET is not set: HTTP mode needs it to check that requests come from"
              + " Slack (or set SLACK_APP_TOKEN for Socket Mode)");
    }
    if (apiUrl == null || !apiUrl.matches("https?://\\S+")) {
      throw new SlackSetupException(
          "IGN_SLACK_API_URL \""
              + apiUrl
              + "\" is not an http(s) URL, e.g. https://slack.com/api/");
    }
    apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
  }

  /** Socket Mode when an app-level token is set; otherwise HTTP at {@code /slack/events}. */
  public boolean socketMode() {
    return appToken.isPresent();
  }

  @Override
  public String toString() {
    return "SlackSettings[mode=" + (socketMode() ? "socket" : "http") + ", apiUrl=" + apiUrl + "]";
  }
}
