package org.ignbot.app;

import java.time.Clock;
import java.util.Optional;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.schedule.ScheduleListener;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.discord.DiscordBot;
import org.ignbot.discord.DiscordSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Discord, switched on by a bot token ({@code DISCORD_TOKEN}). Not in one-shot {@code ask} runs,
 * which talk to no chat platform.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordConfiguration.TokenSet.class)
class DiscordConfiguration {

  @Bean
  DiscordSettings discordSettings(Environment environment) {
    return new DiscordSettings(
        environment.getProperty("discord.token", ""),
        Optional.ofNullable(environment.getProperty("discord.guild-id")),
        Optional.ofNullable(environment.getProperty("ign.discord.api-url")),
        Optional.ofNullable(environment.getProperty("ign.discord.gateway-url")),
        environment.getProperty("ign.discord.scheduled-events", Boolean.class, false));
  }

  @Bean(destroyMethod = "close")
  DiscordBot discordBot(
      DiscordSettings settings,
      CommandEngine engine,
      AdminList admins,
      ScheduleRepository schedules,
      Clock clock) {
    return DiscordBot.start(settings, engine, admins, schedules, clock);
  }

  @Bean
  Messenger discordMessenger(DiscordBot discord) {
    return discord.messenger();
  }

  /** Mirrors the schedule as Discord scheduled events after each publication, when on. */
  @Bean
  ScheduleListener discordScheduledEvents(DiscordBot discord) {
    return discord.scheduleListener();
  }

  /** A token with text in it, outside one-shot runs (they set the web application type to none). */
  static final class TokenSet implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      Environment environment = context.getEnvironment();
      return StringUtils.hasText(environment.getProperty("discord.token"))
          && !"none".equalsIgnoreCase(environment.getProperty("spring.main.web-application-type"));
    }
  }
}
