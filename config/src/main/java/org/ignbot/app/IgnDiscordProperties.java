package org.ignbot.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bot's own Discord settings, under {@code ign.discord.}; the credentials are {@link
 * DiscordProperties}.
 *
 * @param apiUrl another REST endpoint (tests, proxies); Discord's when empty
 * @param gatewayUrl another gateway (WebSocket) endpoint, spoken without compression; Discord's
 *     when empty
 * @param scheduledEvents mirror upcoming sittings as scheduled events in the {@code
 *     discord.guild-id} server
 */
@ConfigurationProperties("ign.discord")
record IgnDiscordProperties(
    String apiUrl, String gatewayUrl, @DefaultValue("false") boolean scheduledEvents) {}
