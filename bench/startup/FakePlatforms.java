package org.ignbot.app.slack;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ignbot.discord.FakeDiscordStarter;

/**
 * The fake Slack (Web API and Socket Mode) and the fake Discord (REST and gateway) on 127.0.0.1,
 * for bench/run startup: writes the bot's environment (KEY=VALUE lines) to the file given, then
 * serves until the process is stopped.
 */
public final class FakePlatforms {
  private FakePlatforms() {}

  public static void main(String[] args) throws Exception {
    FakeSlack slack = FakeSlack.start();
    FakeSocketMode socket = FakeSocketMode.begin();
    slack.socketModeUrl(socket.url());
    String[] discord = FakeDiscordStarter.start();
    String env =
        String.join(
            "\n",
            "SLACK_BOT_TOKEN=" + FakeSlack.BOT_TOKEN,
            "SLACK_APP_TOKEN=xapp-bench-token",
            "IGN_SLACK_API_URL=" + slack.url("/api/"),
            "DISCORD_TOKEN=bench-token",
            "IGN_DISCORD_API_URL=" + discord[0],
            "IGN_DISCORD_GATEWAY_URL=" + discord[1],
            "");
    Path out = Path.of(args[0]);
    Path partial = Path.of(args[0] + ".part");
    Files.writeString(partial, env);
    Files.move(partial, out);
    Thread.currentThread().join();
  }
}
