package org.ignbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.builtin.oauth.OAuthV2AccessErrorHandler;
import com.slack.api.bolt.service.builtin.oauth.OAuthV2SuccessHandler;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the installer sees at the end of the OAuth flow: one plain line, whether the install worked
 * or why not (a stale or foreign state, a cancelled install, Slack refusing the code).
 */
final class OAuthAnswers {
  static final String BAD_STATE =
      "This install link has expired or was not started in this browser: open /slack/install"
          + " again.";

  private static final Logger log = LoggerFactory.getLogger(OAuthAnswers.class);

  private OAuthAnswers() {}

  static void register(App app, JdbcInstallations installations) {
    app.oauthCallback(
        (OAuthV2SuccessHandler)
            (request, response, access) -> {
              if (access.getTeam() == null || access.getTeam().getId() == null) {
                return line(
                    response,
                    400,
                    "Organisation-wide installs are not supported: install IGN Bot in each workspace.");
              }
              installations.saveInstallerAndBot(installer(access));
              String name =
                  access.getTeam().getName() == null
                      ? access.getTeam().getId()
                      : access.getTeam().getName();
              return line(
                  response, 200, "IGN Bot is installed in " + name + ". Type /ign help in Slack.");
            });
    app.oauthCallbackStateError(
        (request, response) -> {
          log.info("Refused a Slack install: missing, unknown or expired state");
          return line(response, 400, BAD_STATE);
        });
    app.oauthCallbackError(
        (request, response) ->
            line(
                response,
                400,
                "The install was not completed in Slack ("
                    + request.getPayload().getError()
                    + "): open /slack/install to try again."));
    app.oauthCallbackAccessError(
        (OAuthV2AccessErrorHandler)
            (request, response, access) -> {
              log.warn("Slack refused an install code: {}", access.getError());
              return line(
                  response,
                  400,
                  "Slack did not confirm the install ("
                      + access.getError()
                      + "): open /slack/install again.");
            });
    app.oauthCallbackException(
        (request, response, e) ->
            line(
                response,
                500,
                "The install could not be completed on our side; it is logged. Please try again."));
  }

  private static DefaultInstaller installer(OAuthV2AccessResponse access) {
    DefaultInstaller installer = new DefaultInstaller();
    installer.setAppId(access.getAppId());
    installer.setTeamId(access.getTeam().getId());
    installer.setTeamName(access.getTeam().getName());
    installer.setEnterpriseId(
        access.getEnterprise() == null ? null : access.getEnterprise().getId());
    installer.setBotUserId(access.getBotUserId());
    installer.setBotAccessToken(access.getAccessToken());
    installer.setBotScope(access.getScope());
    installer.setScope(access.getScope());
    installer.setTokenType(access.getTokenType());
    installer.setIsEnterpriseInstall(false);
    installer.setInstallerUserId(
        access.getAuthedUser() == null ? null : access.getAuthedUser().getId());
    return installer;
  }

  private static Response line(Response response, int status, String line) {
    response.setStatusCode(status);
    response.setContentType("text/plain; charset=utf-8");
    response.setBody(line + "\n");
    return response;
  }
}
