package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.ignbot.discord.DiscordBot;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DiscordConfigurationTests {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(DiscordConfiguration.class);

  @Test
  void withoutATokenDiscordStaysOff() {
    runner.run(context -> assertThat(context).doesNotHaveBean(DiscordBot.class));
  }

  @Test
  void aBlankTokenLeavesDiscordOff() {
    runner
        .withPropertyValues("discord.token=  ")
        .run(context -> assertThat(context).doesNotHaveBean(DiscordBot.class));
  }

  @Test
  void oneShotAnswersDoNotConnectToDiscord() {
    runner
        .withPropertyValues("discord.token=abc", "spring.main.web-application-type=none")
        .run(context -> assertThat(context).doesNotHaveBean(DiscordBot.class));
  }
}
