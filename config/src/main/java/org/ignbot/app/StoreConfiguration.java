package org.ignbot.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.ignbot.core.command.CachedUserSettings;
import org.ignbot.core.command.admin.PendingImports;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.remind.Delivery;
import org.ignbot.core.remind.DeliveryLog;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.remind.RetryAfterWindows;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.user.UserSettings;
import org.ignbot.scheduler.ReminderRunner;
import org.ignbot.scheduler.RunnerSettings;
import org.ignbot.shell.ShellMessenger;
import org.ignbot.store.Announcements;
import org.ignbot.store.JdbcPendingImports;
import org.ignbot.store.JdbcSubscriptionStore;
import org.ignbot.store.JdbcUserSettings;
import org.ignbot.store.remind.Deliveries;
import org.ignbot.store.remind.RetryAfterGates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store and the reminders: users' settings and subscriptions on the configured database ({@code
 * spring.datasource.*}; an H2 file under {@code ./data} by default, tables by Flyway), the one
 * {@link Delivery} and the runner that sends reminders through it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderProperties.class)
class StoreConfiguration {

  @Bean
  UserSettings userSettings(DataSource dataSource, Clock clock) {
    // Every command reads the asker's zone: held in memory for a minute, it costs no round trip.
    return new CachedUserSettings(
        new JdbcUserSettings(dataSource, clock), clock, Duration.ofMinutes(1));
  }

  @Bean
  SubscriptionStore subscriptionStore(DataSource dataSource, Clock clock) {
    return new JdbcSubscriptionStore(dataSource, clock);
  }

  /** Letter previews waiting for {@code confirm}: in the database, for every instance. */
  @Bean
  PendingImports pendingImports(DataSource dataSource) {
    return new JdbcPendingImports(dataSource);
  }

  /** The lead times of a plain {@code subscribe}, checked at start-up. */
  @Bean
  DefaultLeadTimes defaultLeadTimes(ReminderProperties properties) {
    return new DefaultLeadTimes(LeadTimes.parse(properties.defaultLeadTimes()));
  }

  @Bean
  ShellMessenger shellMessenger(TextRenderer renderer) {
    return new ShellMessenger(
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
        renderer);
  }

  /**
   * The one record of the messages sent, by key: reminders, notices, digests and e-mail invitations
   * (rows of the {@code delivery} table).
   */
  @Bean
  Deliveries deliveries(DataSource dataSource) {
    return new Deliveries(dataSource);
  }

  /** The platforms' Retry-After windows, shared by the reminders and the digests. */
  @Bean
  RetryAfterGates retryAfterGates(DataSource dataSource) {
    return new RetryAfterGates(dataSource);
  }

  /**
   * The delivery rules every reminder, change notice and digest goes through, through every {@link
   * Messenger} bean: one for both runners, so that the metrics observe every send once. Closed
   * after the runners stop (they depend on it): a send still running then is left to be retried.
   */
  @Bean
  Delivery delivery(
      Clock clock,
      ScheduleRepository schedules,
      SubscriptionStore subscriptions,
      UserSettings users,
      List<Messenger> messengers,
      DeliveryLog deliveries,
      RetryAfterWindows windows,
      ReminderProperties properties) {
    return new Delivery(
        clock,
        schedules,
        subscriptions,
        users,
        messengers,
        deliveries,
        windows,
        runnerSettings(properties).rules());
  }

  /** Also the {@code ScheduleListener} (change notices) and the {@code Replanner}. */
  @Bean
  ReminderRunner reminderRunner(
      DataSource dataSource,
      Clock clock,
      ScheduleRepository schedules,
      SubscriptionStore subscriptions,
      Delivery delivery,
      ReminderProperties properties) {
    return new ReminderRunner(
        dataSource,
        clock,
        schedules,
        subscriptions,
        new Announcements(dataSource),
        delivery,
        runnerSettings(properties));
  }

  private static RunnerSettings runnerSettings(ReminderProperties properties) {
    return RunnerSettings.defaults(instanceName(properties))
        .withThreads(properties.threads())
        .withPollInterval(properties.pollInterval())
        .withSendTimeout(properties.sendTimeout());
  }

  /**
   * Starts the runner once the database is migrated; not for one-shot {@code ask}, which does not
   * even make it (looked up only when wanted: one-shots make it only on demand).
   */
  @Bean
  SmartLifecycle reminderRunnerLifecycle(
      ObjectProvider<ReminderRunner> runner,
      ReminderProperties properties,
      ObjectProvider<LaunchOptions> launch) {
    return new RunnerLifecycle(
        properties, launch, () -> runner.getObject().start(), () -> runner.getObject().stop());
  }

  static String instanceName(ReminderProperties properties) {
    if (!properties.instanceName().isBlank()) {
      return properties.instanceName();
    }
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "ign-bot";
    }
    return host + "-" + ProcessHandle.current().pid();
  }

  /** The lead times of a plain {@code subscribe}. */
  record DefaultLeadTimes(List<Duration> leadTimes) {}
}
