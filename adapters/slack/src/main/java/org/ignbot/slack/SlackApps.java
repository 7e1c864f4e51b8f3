package org.ignbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.bolt.middleware.builtin.SingleTeamAuthorization;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * The app of one workspace, with its bot token and the answer Slack gave when it was checked
   * ({@link #checkToken}): Bolt would otherwise ask {@code auth.test} again when it starts.
   */
  static App singleTeam(
      Slack slack, String token, AuthTestResponse checked, Optional<String> signingSecret) {
    AppConfig config =
        AppConfig.builder()
            .slack(slack)
            .singleTeamBotToken(token)
            .signingSecret(signingSecret.orElse(null))
            // Set explicitly: Bolt would read OAuth settings from the environment itself.
            .clientId(null)
            .clientSecret(null)
            .verificationToken(null)
            // Bolt keeps the start's answer; without this it would ask Slack again at the first
            // command (on the acknowledgement's path) and every 10 minutes.
            .authTestCacheExpirationMillis(-1)
            .build();
    App app = new App(config, checkedMiddleware(config, checked));
    app.asOAuthApp(false);
    return app;
  }

  /**
   * Bolt's default middleware for one workspace (App.buildDefaultMiddlewareList in Bolt 1.51), its
   * authorization made from the answer already had rather than from an {@code auth.test} of its
   * own. No installation service: the bot never asks for the requesting user's token.
   */
  private static List<Middleware> checkedMiddleware(AppConfig config, AuthTestResponse checked) {
    List<Middleware> middleware = new ArrayList<>();
    if (config.isSslCheckEnabled()) {
      middleware.add(new SSLCheck(config.getVerificationToken()));
    }
    if (config.isRequestVerificationEnabled()) {
      String secret = config.getSigningSecret();
      // Bolt's own stand-in when there is no secret (Socket Mode): nothing signed matches it.
      String key = secret == null || secret.isBlank() ? "---" : secret;
      middleware.add(
          new RequestVerification(new SlackSignature.Verifier(new SlackSignature.Generator(key))));
    }
    middleware.add(new SingleTeamAuthorization(config, checked, null));
    if (config.isIgnoringSelfEventsEnabled()) {
      middleware.add(
          new IgnoringSelfEvents(
              config.getSlack().getConfig(), config.isIgnoringSelfAssistantMessageEventsEnabled()));
    }
    return middleware;
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

  /** Slack's answer for the bot token ({@code auth.test}, its team); one line if refused. */
  static AuthTestResponse checkToken(Slack slack, String token) {
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
    return test;
  }
}
