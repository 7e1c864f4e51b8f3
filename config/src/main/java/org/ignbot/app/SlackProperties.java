package org.ignbot.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The Slack app's credentials, under {@code slack.} (from the environment: {@code SLACK_BOT_TOKEN}
 * and so on); {@link #mode()} says whether and how Slack is on. docs/configuration.md lists each.
 *
 * @param bot the bot user of one workspace
 * @param signing how Slack signs its requests
 * @param app the app's own, app-level token
 * @param client the app's OAuth client: any workspace installs the bot at {@code /slack/install}
 * @param scopes the bot scopes an install asks for, comma-separated; the manifest's when empty
 * @param redirect where Slack sends the installer back
 */
@ConfigurationProperties("slack")
record SlackProperties(
    @DefaultValue Bot bot,
    @DefaultValue Signing signing,
    @DefaultValue App app,
    @DefaultValue Client client,
    String scopes,
    @DefaultValue Redirect redirect) {

  /** How Slack reaches the bot, if at all. */
  enum Mode {
    /** No bot token and no OAuth client id. */
    OFF,
    /** One workspace over Socket Mode: a bot token and an app-level token. */
    SOCKET,
    /** One workspace over HTTP ({@code /slack/events}): a bot token. */
    HTTP,
    /** Any workspace installing through OAuth, events over HTTP: a client id. */
    OAUTH;

    /** Whether Slack sends its events to {@code /slack/events}. */
    boolean overHttp() {
      return this == HTTP || this == OAUTH;
    }
  }

  /**
   * @param token the bot token ({@code xoxb-…}); setting it switches Slack on for one workspace
   */
  record Bot(String token) {}

  /**
   * @param secret the app's signing secret; HTTP mode refuses to start without it
   */
  record Signing(String secret) {}

  /**
   * @param token an app-level token ({@code xapp-…}): Socket Mode instead of HTTP
   */
  record App(String token) {}

  /**
   * @param id the app's client id: workspaces install the bot at {@code /slack/install}; instead of
   *     a bot token
   * @param secret the app's client secret, for {@code oauth.v2.access}
   */
  record Client(String id, String secret) {}

  /**
   * @param uri where Slack sends the installer back, when the app lists more than one redirect URL
   */
  record Redirect(String uri) {}

  /** The client id wins: with a bot token too, start-up refuses the mix (SlackConfiguration). */
  Mode mode() {
    if (StringUtils.hasText(client.id())) {
      return Mode.OAUTH;
    }
    if (!StringUtils.hasText(bot.token())) {
      return Mode.OFF;
    }
    return StringUtils.hasText(app.token()) ? Mode.SOCKET : Mode.HTTP;
  }
}
