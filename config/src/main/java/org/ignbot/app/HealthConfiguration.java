package org.ignbot.app;

import java.time.Duration;
import javax.sql.DataSource;
import org.ignbot.discord.DiscordBot;
import org.ignbot.slack.SlackAdapter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Health of each enabled chat platform's connection ({@code slack}, {@code discord}); the readiness
 * group (application.yml) takes them with the database. Same switches as the adapters.
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

  /**
   * Replaces Spring Boot's {@code db} check: readiness is DOWN within a second with the database.
   */
  @Bean
  DatabaseHealth dbHealthIndicator(DataSource dataSource) {
    return new DatabaseHealth(dataSource, Duration.ofMillis(800));
  }

  @Configuration(proxyBeanMethods = false)
  @Conditional(ChatPlatforms.SlackOn.class)
  @ConditionalOnWebApplication
  static class Slack {
    @Bean
    ConnectionHealth slackHealthIndicator(SlackAdapter slack) {
      return new ConnectionHealth("Slack (Socket Mode or Events API)", slack::connected);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @Conditional(ChatPlatforms.DiscordOn.class)
  static class Discord {
    @Bean
    ConnectionHealth discordHealthIndicator(DiscordBot discord) {
      return new ConnectionHealth("Discord gateway", discord::connected);
    }
  }
}
