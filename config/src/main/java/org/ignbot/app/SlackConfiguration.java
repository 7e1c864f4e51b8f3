package org.ignbot.app;

import java.time.Clock;
import java.util.Optional;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.UserSettings;
import org.ignbot.core.notify.Messenger;
import org.ignbot.slack.SlackAdapter;
import org.ignbot.slack.SlackEventsEndpoint;
import org.ignbot.slack.SlackSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Slack, switched on by a bot token ({@code SLACK_BOT_TOKEN}): HTTP mode at {@code /slack/events}
 * with the signing secret, or Socket Mode when an app-level token ({@code SLACK_APP_TOKEN}) is set.
 * Not in one-shot {@code ask} runs, which have no web server and talk to no chat platform.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("slack.bot.token")
@ConditionalOnWebApplication
class SlackConfiguration {

  @Bean
  SlackSettings slackSettings(Environment environment) {
    return new SlackSettings(
        environment.getProperty("slack.bot.token"),
        Optional.ofNullable(environment.getProperty("slack.signing.secret")),
        Optional.ofNullable(environment.getProperty("slack.app.token")),
        environment.getProperty("ign.slack.api.url", "https://slack.com/api/"));
  }

  /**
   * Signatures are checked against the real time: Slack signs with it, whatever the bot's clock.
   */
  @Bean(destroyMethod = "close")
  SlackAdapter slackAdapter(
      SlackSettings settings, CommandEngine engine, AdminList admins, UserSettings userSettings) {
    return new SlackAdapter(settings, engine, admins, userSettings, Clock.systemUTC());
  }

  @Bean
  Messenger slackMessenger(SlackAdapter slack) {
    return slack.messenger();
  }

  @Bean
  @Conditional(HttpMode.class)
  SlackEventsEndpoint slackEventsEndpoint(SlackAdapter slack) {
    return slack.httpEndpoint();
  }

  @Bean
  @Conditional(SocketMode.class)
  SmartLifecycle slackSocketMode(SlackAdapter slack) {
    return new SmartLifecycle() {
      private volatile boolean running;

      @Override
      public void start() {
        slack.startSocketMode();
        running = true;
      }

      @Override
      public void stop() {
        running = false;
      }

      @Override
      public boolean isRunning() {
        return running;
      }
    };
  }

  /** Socket Mode: an app-level token is set. */
  static final class SocketMode implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return StringUtils.hasText(context.getEnvironment().getProperty("slack.app.token"));
    }
  }

  /** HTTP mode: no app-level token. */
  static final class HttpMode implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !new SocketMode().matches(context, metadata);
    }
  }
}
