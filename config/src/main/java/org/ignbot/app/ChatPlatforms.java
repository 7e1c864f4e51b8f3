package org.ignbot.app;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Which chat platforms are on, decided once from the typed settings: the adapters' and health
 * indicators' conditions and the Launcher's terminal switch all ask this.
 *
 * @param served false when the web application type is {@code none} (a one-shot started in a
 *     context), where no platform connects
 */
record ChatPlatforms(
    SlackProperties slack, DiscordProperties discord, TerminalProperties terminal, boolean served) {

  static ChatPlatforms of(Environment environment) {
    Binder binder = Binder.get(environment);
    return new ChatPlatforms(
        Settings.bind(binder, SlackProperties.class),
        Settings.bind(binder, DiscordProperties.class),
        Settings.bind(binder, TerminalProperties.class),
        binder
            .bind("spring.main.web-application-type", WebApplicationType.class)
            .map(type -> type != WebApplicationType.NONE)
            .orElse(true));
  }

  SlackProperties.Mode slackMode() {
    return slack.mode();
  }

  boolean discordOn() {
    return discord.enabled() && served;
  }

  /**
   * The terminal chat runs unless switched off ({@code ign.terminal.enabled=false}, the production
   * profile) or a chat platform is configured: then the bot serves until it is stopped.
   */
  boolean terminalChat() {
    if (terminal.enabled() != null) {
      return terminal.enabled();
    }
    return slack.mode() == SlackProperties.Mode.OFF && !discord.enabled();
  }

  /** A condition on the platforms as configured. */
  private abstract static class PlatformCondition implements Condition {
    @Override
    public final boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return matches(of(context.getEnvironment()));
    }

    abstract boolean matches(ChatPlatforms platforms);
  }

  /** Slack is on: a bot token, or an OAuth client id. */
  static final class SlackOn extends PlatformCondition {
    @Override
    boolean matches(ChatPlatforms platforms) {
      return platforms.slackMode() != SlackProperties.Mode.OFF;
    }
  }

  /** Workspaces install through OAuth. */
  static final class SlackOAuth extends PlatformCondition {
    @Override
    boolean matches(ChatPlatforms platforms) {
      return platforms.slackMode() == SlackProperties.Mode.OAUTH;
    }
  }

  /** Slack's events come over Socket Mode. */
  static final class SlackSocketMode extends PlatformCondition {
    @Override
    boolean matches(ChatPlatforms platforms) {
      return platforms.slackMode() == SlackProperties.Mode.SOCKET;
    }
  }

  /** Slack's events come to {@code /slack/events}. */
  static final class SlackOverHttp extends PlatformCondition {
    @Override
    boolean matches(ChatPlatforms platforms) {
      return platforms.slackMode().overHttp();
    }
  }

  /** Discord is on: a token, outside one-shot runs. */
  static final class DiscordOn extends PlatformCondition {
    @Override
    boolean matches(ChatPlatforms platforms) {
      return platforms.discordOn();
    }
  }
}
