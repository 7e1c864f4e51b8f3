package org.ignbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;
import java.util.Optional;

/** The Slack client and the Bolt app, for one workspace or for installs through OAuth. */
final class SlackApps {
  /** How long one Slack Web API call may take. */
  private static final int HTTP_TIMEOUT_MILLIS = 65_000;

  private SlackApps() {}

  static Slack newSlack(String apiUrl) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(apiUrl);
    // The SDK's call statistics would call auth.test on their own and keep background threads.
    config.setStatsEnabled(false);
    // Longer than any reminder send time-out (ign.reminders.send-timeout, at most a minute), so
    // that the runner's time-out is the one in force rather than the HTTP client's 10 s default.
    config.setHttpClientReadTimeoutMillis(HTTP_TIMEOUT_MILLIS);
    config.setHttpClientWriteTimeoutMillis(HTTP_TIMEOUT_MILLIS);
    config.setHttpClientCallTimeoutMillis(HTTP_TIMEOUT_MILLIS);
    return Slack.getInstance(config);
  }

  /** The app of one workspace, with its bot token. */
  static App singleTeam(Slack slack, String token, Optional<String> signingSecret) {
    return new App(
        AppConfig.builder()
            .slack(slack)
            .singleTeamBotToken(token)
            .signingSecret(signingSecret.orElse(null))
            // Set explicitly: Bolt would read OAuth settings from the environment itself.
            .clientId(null)
            .clientSecret(null)
            .verificationToken(null)
            // Bolt checks the token at start and keeps the answer; without this it would ask
            // Slack again at the first command (on the acknowledgement's path) and every 10
            // minutes.
            .authTestCacheExpirationMillis(-1)
            .build());
  }

  /** The app that workspaces install through Slack's OAuth flow. */
  static App distributed(Slack slack, SlackOAuthSettings settings) {
    App app =
        new App(
            AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(null)
                .signingSecret(settings.signingSecret())
                .verificationToken(null)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope(settings.scopes())
                .userScope(null)
                .redirectUri(settings.redirectUri().orElse(null))
                .oauthInstallPath(SlackAdapter.INSTALL_PATH)
                .oauthRedirectUriPath(SlackAdapter.REDIRECT_PATH)
                .oauthCancellationUrl(null)
                .oauthCompletionUrl(null)
                .stateValidationEnabled(true)
                // Straight to Slack: the README links /slack/install, no page of ours in between.
                .oAuthInstallPageRenderingEnabled(false)
                // Each request's token is checked with auth.test; a cache keeps that off the
                // acknowledgement's path.
                .authTestCacheEnabled(true)
                .build());
    app.asOAuthApp(true);
    return app;
  }

  /** The team of the bot token, checked with Slack ({@code auth.test}); one line if refused. */
  static String checkToken(Slack slack, String token) {
    AuthTestResponse test;
    try {
      test = slack.methods(token).authTest(r -> r);
    } catch (IOException | SlackApiException e) {
      throw new SlackSetupException(
          "Cannot reach Slack to check the bot token: " + ReplyDelivery.describe(e));
    }
    if (!test.isOk()) {
      throw new SlackSetupException(
          "Slack refused the bot token (auth.test: "
              + test.getError()
              + "): check SLACK_BOT_TOKEN");
    }
    return test.getTeamId();
  }
}
