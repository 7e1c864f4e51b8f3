package org.ignbot.discord;

/** Starts the test sources' fake Discord (package-private there) for bench/run startup. */
public final class FakeDiscordStarter {
  private FakeDiscordStarter() {}

  /** The REST API and gateway addresses of a fresh fake Discord, which runs until exit. */
  public static String[] start() throws Exception {
    FakeDiscord discord = new FakeDiscord();
    return new String[] {discord.apiUrl(), discord.gatewayUrl()};
  }
}
