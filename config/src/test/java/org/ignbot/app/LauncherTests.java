package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.DefaultApplicationArguments;

class LauncherTests {
  private final CommandEngine engine =
      new CommandEngine(
          List.of(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), new InMemoryUserSettings());

  @Test
  void withAChatPlatformTheTerminalChatStepsAsideAndTheProcessKeepsServing() {
    Launcher launcher = launcher(Map.of("slackMessenger", messenger("slack")));

    launcher.run(new DefaultApplicationArguments());

    assertThat(launcher.exitWhenDone()).isFalse();
  }

  @Test
  void withoutAChatPlatformTheProcessEndsWhenTheTerminalChatEnds() {
    assertThat(launcher(Map.of()).exitWhenDone()).isTrue();
    assertThat(launcher(Map.of("shellMessenger", messenger("shell"))).exitWhenDone()).isTrue();
  }

  private Launcher launcher(Map<String, Object> beans) {
    StaticListableBeanFactory factory = new StaticListableBeanFactory(new HashMap<>(beans));
    factory.addBean("launchOptions", LaunchOptions.parse());
    return new Launcher(
        factory.getBeanProvider(LaunchOptions.class),
        engine,
        new TextRenderer(),
        factory.getBeanProvider(Messenger.class));
  }

  private static Messenger messenger(String platform) {
    return new Messenger() {
      @Override
      public String platform() {
        return platform;
      }

      @Override
      public DeliveryResult send(Recipient recipient, Reply message) {
        return new DeliveryResult.Delivered("1");
      }
    };
  }
}
