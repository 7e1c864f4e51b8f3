package org.ignbot.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The Discord bot's credentials, under {@code discord.} (from the environment: {@code
 * DISCORD_TOKEN}, {@code DISCORD_GUILD_ID}); docs/configuration.md lists each.
 *
 * @param token the bot token; set, the bot connects to Discord (not in one-shot runs)
 * @param guildId the server to register the commands in (at once); without it, globally
 */
@ConfigurationProperties("discord")
record DiscordProperties(String token, String guildId) {

  /** A token with text in it. */
  boolean enabled() {
    return StringUtils.hasText(token);
  }
}
