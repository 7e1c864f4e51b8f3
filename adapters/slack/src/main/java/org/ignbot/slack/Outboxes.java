package org.ignbot.slack;

import com.slack.api.Slack;

/** The outbox of each workspace, with that workspace's bot token. */
final class Outboxes {
  private final Slack slack;
  private final Tokens tokens;

  Outboxes(Slack slack, Tokens tokens) {
    this.slack = slack;
    this.tokens = tokens;
  }

  /**
   * @throws NotInstalledException when the bot has no token for the workspace
   */
  Outbox of(String team) {
    return new Outbox(
        slack, tokens.botToken(team).orElseThrow(() -> new NotInstalledException(team)));
  }

  Tokens tokens() {
    return tokens;
  }

  /** The bot is not (or no longer) installed in a workspace. */
  static final class NotInstalledException extends IllegalStateException {
    NotInstalledException(String team) {
      super("the bot is not installed in Slack workspace " + team);
    }
  }
}
