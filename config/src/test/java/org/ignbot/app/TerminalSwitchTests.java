package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class TerminalSwitchTests {
  @Test
  void theTerminalChatRunsWhenNoChatPlatformIsConfigured() {
    assertThat(Launcher.terminalEnabled(new MockEnvironment())).isTrue();
  }

  @Test
  void aSlackOrDiscordTokenTurnsTheTerminalChatOff() {
    assertThat(
            Launcher.terminalEnabled(
                new MockEnvironment().withProperty("slack.bot.token", "xoxb-1")))
        .isFalse();
    assertThat(Launcher.terminalEnabled(new MockEnvironment().withProperty("discord.token", "abc")))
        .isFalse();
    assertThat(
            Launcher.terminalEnabled(
                new MockEnvironment().withProperty("slack.client.id", "111.222")))
        .as("Slack installs through OAuth")
        .isFalse();
  }

  @Test
  void aBlankTokenDoesNotCount() {
    assertThat(Launcher.terminalEnabled(new MockEnvironment().withProperty("discord.token", " ")))
        .isTrue();
  }

  @Test
  void theSettingWinsOverTheGuess() {
    assertThat(
            Launcher.terminalEnabled(
                new MockEnvironment().withProperty("ign.terminal.enabled", "false")))
        .isFalse();
    assertThat(
            Launcher.terminalEnabled(
                new MockEnvironment()
                    .withProperty("slack.bot.token", "xoxb-1")
                    .withProperty("ign.terminal.enabled", "true")))
        .isTrue();
  }
}
