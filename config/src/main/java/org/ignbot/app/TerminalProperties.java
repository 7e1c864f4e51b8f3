package org.ignbot.app;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The terminal chat, under {@code ign.terminal.}.
 *
 * @param enabled whether the chat runs in the terminal; unset: when no chat platform is configured
 *     ({@link ChatPlatforms#terminalChat()})
 */
@ConfigurationProperties("ign.terminal")
record TerminalProperties(Boolean enabled) {}
