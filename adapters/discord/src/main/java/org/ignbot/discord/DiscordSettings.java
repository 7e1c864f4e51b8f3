package org.ignbot.discord;

import java.util.Objects;
import java.util.Optional;

/**
 * How the bot reaches Discord: its token, the guild to register commands in (fast, for testing;
 * else global), other API and gateway endpoints (tests, proxies), and whether to mirror the
 * schedule as scheduled events in that guild.
 */
public record DiscordSettings(
    String token,
    Optional<String> guildId,
    Optional<String> apiUrl,
    Optional<String> gatewayUrl,
    boolean scheduledEvents) {

  public DiscordSettings {
    Objects.requireNonNull(token);
    Objects.requireNonNull(guildId);
    Objects.requireNonNull(apiUrl);
    Objects.requireNonNull(gatewayUrl);
    if (token.isBlank()) {
      throw new DiscordSetupException("DISCORD_TOKEN is empty: set the bot token");
    }
    guildId = guildId.filter(id -> !id.isBlank());
    apiUrl = apiUrl.filter(url -> !url.isBlank());
    gatewayUrl = gatewayUrl.filter(url -> !url.isBlank());
    if (guildId.isPresent() && !guildId.get().matches("\\d{1,20}")) {
      throw new DiscordSetupException(
          "DISCORD_GUILD_ID \"" + guildId.get() + "\" is not a Discord server id (digits)");
    }
    if (scheduledEvents && guildId.isEmpty()) {
      throw new DiscordSetupException(
          "Discord scheduled events need DISCORD_GUILD_ID: the server to show them in");
    }
  }

  /** Never the token: settings end up in logs. */
  @Override
  public String toString() {
    return "DiscordSettings[guild="
        + guildId.orElse("global")
        + ", api="
        + apiUrl.orElse("default")
        + ", gateway="
        + gatewayUrl.orElse("default")
        + ", scheduledEvents="
        + scheduledEvents
        + "]";
  }
}
