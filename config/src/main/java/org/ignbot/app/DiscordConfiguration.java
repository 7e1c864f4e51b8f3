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
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Discord, switched on by a bot token ({@code DISCORD_TOKEN}). Not in one-shot {@code ask} runs,
 * which talk to no chat platform.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ChatPlatforms.DiscordOn.class)
@EnableConfigurationProperties({DiscordProperties.class, IgnDiscordProperties.class})
class DiscordConfiguration {

  @Bean
  DiscordSettings discordSettings(DiscordProperties discord, IgnDiscordProperties ign) {
    return new DiscordSettings(
        discord.token(),
        Optional.ofNullable(discord.guildId()),
        Optional.ofNullable(ign.apiUrl()),
        Optional.ofNullable(ign.gatewayUrl()),
        ign.scheduledEvents());
  }

  @Bean(destroyMethod = "close")
  DiscordBot discordBot(
      DiscordSettings settings,
      CommandEngine engine,
      AdminList admins,
      ScheduleRepository schedules,
      Clock clock) {
    return DiscordBot.connect(settings, engine, admins, schedules, clock);
  }

  /**
   * The login begun when the bot was made goes on beside the rest of start-up; it is waited for
   * here, at its end, so that a refused token still stops start-up with one line. Readiness waits
   * for the gateway connection too (the {@code discord} health indicator).
   */
  @Bean
  SmartLifecycle discordLogin(DiscordBot discord) {
    return new StartupStep(discord::awaitLogin);
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
}
