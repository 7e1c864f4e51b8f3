package org.ignbot.discord;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The fake Discord and the test bot connected to it, once per test class: register it as a static
 * {@code @RegisterExtension} field.
 */
final class ConnectedBot implements BeforeAllCallback, AfterAllCallback {
  private FakeDiscord discord;
  private DiscordBot bot;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    discord = new FakeDiscord();
    bot = TestBot.connect(discord);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    bot.close();
    discord.close();
  }

  FakeDiscord discord() {
    return discord;
  }

  DiscordBot bot() {
    return bot;
  }
}
