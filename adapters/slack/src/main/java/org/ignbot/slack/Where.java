package org.ignbot.slack;

import java.util.Objects;
import java.util.Optional;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.Asker;
import org.ignbot.core.user.UserKey;

/**
 * Where an interaction came from and how to answer it: the workspace, the user, the conversation
 * (empty on the App Home tab), Slack's response URL when the interaction has one, and whether the
 * conversation is the user's direct messages with the bot.
 */
record Where(
    String team,
    String user,
    Optional<String> channel,
    Optional<String> responseUrl,
    boolean directMessage) {
  Where {
    Objects.requireNonNull(team);
    Objects.requireNonNull(user);
    Objects.requireNonNull(channel);
    Objects.requireNonNull(responseUrl);
  }

  /** Direct-message channel ids start with D; slash commands there come with such an id. */
  static boolean isDirectMessage(String channel) {
    return channel != null && channel.startsWith("D");
  }

  UserKey userKey() {
    return new UserKey("slack", team, user);
  }

  /** The asker as the engine sees them; "here" means a channel, never a direct message. */
  Asker asker(AdminList admins) {
    return admins.asker(userKey(), directMessage ? Optional.empty() : channel);
  }
}
