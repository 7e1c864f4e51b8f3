package org.ignbot.slack;

import java.time.Duration;
import java.util.Optional;

/**
 * Installs in several workspaces through Slack's OAuth flow: the app's client id and secret ({@code
 * SLACK_CLIENT_ID}, {@code SLACK_CLIENT_SECRET}), the signing secret, the bot scopes to ask for
 * ({@code SLACK_SCOPES}), the redirect URL when the app has more than one ({@code
 * SLACK_REDIRECT_URI}), how long an install link stays valid, and the Web API base. {@link
 * #toString()} never shows a secret.
 */
public record SlackOAuthSettings(
    String clientId,
    String clientSecret,
    String signingSecret,
    String scopes,
    Optional<String> redirectUri,
    Duration stateTtl,
    String apiUrl) {

  /** The bot scopes of the app manifest (config/slack-app-manifest.yml). */
  public static final String DEFAULT_SCOPES =
      "commands,chat:write,chat:write.public,im:history,channels:history,groups:history,im:write,"
          + "files:read,files:write,users:read";

  public SlackOAuthSettings {
    clientId =
        required(
            clientId,
            "SLACK_CLIENT_ID is empty: copy the Client ID from the app's Basic Information page");
    clientSecret =
        required(
            clientSecret,
            "SLACK_CLIENT_SECRET is empty: copy the Client Secret from the app's Basic Information page");
    signingSecret =
        required(
            signingSecret,
            "SLACK_SIGNING_SECRET is not set: installs through OAuth need HTTP mode and its signing secret");
    scopes = scopes == null || scopes.isBlank() ? DEFAULT_SCOPES : scopes.replace(" ", "");
    redirectUri = redirectUri.map(String::strip).filter(uri -> !uri.isEmpty());
    if (redirectUri.isPresent() && !redirectUri.get().matches("https?://\\S+")) {
      throw new SlackSetupException(
          "SLACK_REDIRECT_URI \""
              + redirectUri.get()
              + "\" is not an http(s) URL, e.g."
              + " https://bot.example.org/slack/oauth_redirect");
    }
    if (stateTtl == null || stateTtl.isNegative() || stateTtl.isZero()) {
      throw new SlackSetupException("The install link lifetime must be positive, e.g. 10m");
    }
    apiUrl = new SlackSettings("x", Optional.of("x"), Optional.empty(), apiUrl).apiUrl();
  }

  private static String required(String value, String problem) {
    if (value == null || value.isBlank()) {
      throw new SlackSetupException(problem);
    }
    return value.strip();
  }

  @Override
  public String toString() {
    return "SlackOAuthSettings[clientId="
        + clientId
        + ", scopes="
        + scopes
        + ", redirectUri="
        + redirectUri.orElse("(the app's)")
        + ", stateTtl="
        + stateTtl
        + ", apiUrl="
        + apiUrl
        + "]";
  }
}
