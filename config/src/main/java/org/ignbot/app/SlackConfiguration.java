package org.ignbot.app;

import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.user.UserSettings;
import org.ignbot.slack.SlackAdapter;
import org.ignbot.slack.SlackEventsEndpoint;
import org.ignbot.slack.SlackOAuthEndpoint;
import org.ignbot.slack.SlackOAuthSettings;
import org.ignbot.slack.SlackSettings;
import org.ignbot.slack.SlackSetupException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Slack, switched on by a bot token ({@code SLACK_BOT_TOKEN}, one workspace) or by the app's OAuth
 * client ({@code SLACK_CLIENT_ID} and {@code SLACK_CLIENT_SECRET}, any workspace that installs it
 * at {@code /slack/install}; installations in the database): HTTP mode at {@code /slack/events}
 * with the signing secret, or Socket Mode when an app-level token ({@code SLACK_APP_TOKEN}) is set
 * with a bot token. Not in one-shot {@code ask} runs, which have no web server and talk to no chat
 * platform.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ChatPlatforms.SlackOn.class)
@EnableConfigurationProperties({SlackProperties.class, IgnSlackProperties.class})
@ConditionalOnWebApplication
class SlackConfiguration {

  /**
   * Signatures are checked against the real time: Slack signs with it, whatever the bot's clock.
   */
  @Bean(destroyMethod = "close")
  SlackAdapter slackAdapter(
      SlackProperties slack,
      IgnSlackProperties ign,
      CommandEngine engine,
      AdminList admins,
      UserSettings userSettings,
      ObjectProvider<DataSource> dataSource,
      Clock clock) {
    String apiUrl = ign.api().url();
    Optional<String> signingSecret = Optional.ofNullable(slack.signing().secret());
    if (slack.mode() != SlackProperties.Mode.OAUTH) {
      SlackSettings settings =
          new SlackSettings(
              slack.bot().token(), signingSecret, Optional.ofNullable(slack.app().token()), apiUrl);
      return new SlackAdapter(
          settings, engine, admins, userSettings, Clock.systemUTC(), dataSource.getObject());
    }
    if (StringUtils.hasText(slack.bot().token()) || StringUtils.hasText(slack.app().token())) {
      throw new SlackSetupException(
          "Set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET"
              + " (workspaces install through /slack/install), not both; Socket Mode"
              + " (SLACK_APP_TOKEN) goes with a bot token");
    }
    if (!admins.withoutWorkspace("slack").isEmpty()) {
      // A user id is unique only within its workspace: someone in another one may have it too.
      throw new SlackSetupException(
          "With workspaces installing through OAuth, name each Slack admin's workspace in"
              + " IGN_ADMINS, as slack:T…/U… (team id, then user id): "
              + String.join(", ", admins.withoutWorkspace("slack"))
              + " names none");
    }
    SlackOAuthSettings settings =
        new SlackOAuthSettings(
            slack.client().id(),
            slack.client().secret(),
            signingSecret.orElse(null),
            slack.scopes(),
            Optional.ofNullable(slack.redirect().uri()),
            ign.installLinkTtl(),
            apiUrl);
    return new SlackAdapter(
        settings, engine, admins, userSettings, Clock.systemUTC(), dataSource.getObject(), clock);
  }

  @Bean
  @Conditional(ChatPlatforms.SlackOAuth.class)
  SlackOAuthEndpoint slackOAuthEndpoint(SlackAdapter slack) {
    return slack.oauthEndpoint();
  }

  @Bean
  Messenger slackMessenger(SlackAdapter slack) {
    return slack.messenger();
  }

  @Bean
  @Conditional(ChatPlatforms.SlackOverHttp.class)
  SlackEventsEndpoint slackEventsEndpoint(SlackAdapter slack) {
    return slack.httpEndpoint();
  }

  @Bean
  @Conditional(ChatPlatforms.SlackSocketMode.class)
  SmartLifecycle slackSocketMode(SlackAdapter slack) {
    return new StartupStep(slack::startSocketMode);
  }
}
