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
                new MockEnvironment().withProperty("SLACK_BOT_TOKEN", "xoxb-1")))
        .isFalse();
    assertThat(Launcher.terminalEnabled(new MockEnvironment().withProperty("DISCORD_TOKEN", "abc")))
        .isFalse();
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
                    .withProperty("SLACK_BOT_TOKEN", "xoxb-1")
                    .withProperty("ign.terminal.enabled", "true")))
        .isTrue();
  }
}
