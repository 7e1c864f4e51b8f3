package org.ignbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import java.util.Optional;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The login goes on beside the caller (the application's start): connecting returns at once, and a
 * token Discord refuses is one line when the login is awaited, at the end of start-up.
 */
class DiscordLoginTests {
  private final FakeDiscord discord;
  private DiscordBot bot;

  DiscordLoginTests() throws Exception {
    discord = new FakeDiscord();
  }

  @AfterEach
  void close() throws Exception {
    if (bot != null) {
      bot.close();
    }
    discord.close();
  }

  private DiscordBot connect() {
    InMemoryScheduleRepository schedules = TestBot.repository();
    bot =
        DiscordBot.connect(
            TestBot.settings(discord, Optional.empty(), false),
            TestBot.engine(schedules),
            TestBot.admins(),
            schedules,
            TestBot.CLOCK);
    return bot;
  }

  @Test
  void aRefusedTokenIsOneLineWhenTheLoginIsAwaited() {
    discord.failNext(
        "GET", "/users/@me", 401, Map.of(), "{\"message\":\"401: Unauthorized\",\"code\":0}");

    DiscordBot connecting = connect();

    assertThatThrownBy(connecting::awaitLogin)
        .isInstanceOf(DiscordSetupException.class)
        .hasMessage(
            "Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal"
                + " (your application, Bot, Reset Token).");
    assertThat(connecting.connected()).isFalse();
  }

  @Test
  void theLoginAwaitedTheGatewayConnects() {
    DiscordBot connecting = connect().awaitLogin();

    await().until(connecting::connected);
  }
}
