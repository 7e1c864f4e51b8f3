package org.ignbot.app;

import org.ignbot.discord.DiscordSetupException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Wrong Discord settings stop start-up with the one line that says which. */
class DiscordSetupFailureAnalyzer extends AbstractFailureAnalyzer<DiscordSetupException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, DiscordSetupException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Check the Discord settings (docs/discord.md): DISCORD_TOKEN, DISCORD_GUILD_ID,"
            + " IGN_DISCORD_SCHEDULED_EVENTS, IGN_DISCORD_API_URL, IGN_DISCORD_GATEWAY_URL.",
        cause);
  }
}
