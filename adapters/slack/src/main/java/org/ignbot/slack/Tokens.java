package org.ignbot.slack;

import java.util.Optional;

/** The bot token to use in a workspace (team id), if the bot may speak there. */
@FunctionalInterface
interface Tokens {
  Optional<String> botToken(String team);
}
