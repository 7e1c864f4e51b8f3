package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class TerminalSwitchTests {
  @Test
  void theTerminalChatRunsWhenNoChatPlatformIsConfigured() {
    assertThat(ChatPlatforms.of(new MockEnvironment()).terminalChat()).isTrue();
  }

  @Test
  void aSlackOrDiscordTokenTurnsTheTerminalChatOff() {
    assertThat(
            ChatPlatforms.of(new MockEnvironment().withProperty("slack.bot.token", "xoxb-1"))
                .terminalChat())
        .isFalse();
    assertThat(
            ChatPlatforms.of(new MockEnvironment().withProperty("discord.token", "abc"))
                .terminalChat())
        .isFalse();
    assertThat(
            ChatPlatforms.of(new MockEnvironment().withProperty("slack.client.id", "111.222"))
                .terminalChat())
        .as("Slack installs through OAuth")
        .isFalse();
  }

  @Test
  void aBlankTokenDoesNotCount() {
    assertThat(
            ChatPlatforms.of(new MockEnvironment().withProperty("discord.token", " "))
                .terminalChat())
        .isTrue();
  }

  @Test
  void theSettingWinsOverTheGuess() {
    assertThat(
            ChatPlatforms.of(new MockEnvironment().withProperty("ign.terminal.enabled", "false"))
                .terminalChat())
        .isFalse();
    assertThat(
            ChatPlatforms.of(
                    new MockEnvironment()
                        .withProperty("slack.bot.token", "xoxb-1")
                        .withProperty("ign.terminal.enabled", "true"))
                .terminalChat())
        .isTrue();
  }
}
