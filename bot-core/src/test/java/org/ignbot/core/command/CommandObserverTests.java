package org.ignbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.Fixtures.clockAt;
import static org.ignbot.core.Fixtures.plenary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ignbot.core.observe.BotObserver;
import org.ignbot.core.schedule.Cluster;
import org.junit.jupiter.api.Test;

class CommandObserverTests {
  private final Bot bot =
      new Bot(clockAt("2024-11-18T12:00"), plenary("2024-11-19", Cluster.CATEGORIES));
  private final List<String> heard = new ArrayList<>();

  @Test
  void theObserverHearsTheCommandNameAndOutcomeButNotTheText() {
    bot.engine.observedBy(
        new BotObserver() {
          @Override
          public void commandAnswered(
              String platform, String command, String outcome, Duration took) {
            heard.add(platform + " " + command + " " + outcome);
          }
        });

    bot.reply("/ign NEXT");
    bot.reply("help");
    bot.reply("my secret plans");

    assertThat(heard).containsExactly("test next ok", "test help ok", "test unknown error");
  }
}
