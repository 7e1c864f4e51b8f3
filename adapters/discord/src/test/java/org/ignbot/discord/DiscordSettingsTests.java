package org.ignbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordSettingsTests {
  @Test
  void theTokenNeverAppearsInTheSettingsText() {
    DiscordSettings settings =
        new DiscordSettings(
            "secret-token", Optional.of("123"), Optional.empty(), Optional.empty(), false);

    assertThat(settings.toString()).doesNotContain("secret-token").contains("guild=123");
  }

  @Test
  void aGuildIdThatIsNotDigitsIsRefusedWithOneLine() {
    assertThatThrownBy(
            () ->
                new DiscordSettings(
                    "t", Optional.of("my-server"), Optional.empty(), Optional.empty(), false))
        .isInstanceOf(DiscordSetupException.class)
        .hasMessage("DISCORD_GUILD_ID \"my-server\" is not a Discord server id (digits)");
  }

  @Test
  void scheduledEventsNeedAGuild() {
    assertThatThrownBy(
            () ->
                new DiscordSettings(
                    "t", Optional.empty(), Optional.empty(), Optional.empty(), true))
        .hasMessageContaining("need DISCORD_GUILD_ID");
  }
}
