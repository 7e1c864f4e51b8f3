package org.ignbot.app;

import java.time.Clock;
import javax.sql.DataSource;
import org.ignbot.core.digest.DigestStore;
import org.ignbot.core.remind.Delivery;
import org.ignbot.core.remind.DeliveryLog;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.user.UserSettings;
import org.ignbot.scheduler.digest.DigestRunner;
import org.ignbot.scheduler.digest.DigestSettings;
import org.ignbot.store.JdbcDigestStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The digests: who gets one (in the database) and the runner that sends them through the reminders'
 * {@link Delivery}, on the instances that send reminders ({@code ign.reminders.enabled}).
 */
@Configuration(proxyBeanMethods = false)
class DigestConfiguration {

  @Bean
  DigestStore digestStore(DataSource dataSource) {
    return new JdbcDigestStore(dataSource);
  }

  /** Made only when its lifecycle starts it: one-shot runs never make a scheduler. */
  @Bean
  @Lazy
  DigestRunner digestRunner(
      DataSource dataSource,
      Clock clock,
      ScheduleRepository schedules,
      DigestStore digests,
      UserSettings users,
      DeliveryLog deliveries,
      Delivery delivery,
      ReminderProperties properties) {
    return new DigestRunner(
        dataSource,
        deliveries,
        delivery,
        clock,
        schedules,
        digests,
        users,
        DigestSettings.defaults(StoreConfiguration.instanceName(properties)));
  }

  /** Starts the runner as the reminders' runner starts; one-shot runs never make it. */
  @Bean
  SmartLifecycle digestRunnerLifecycle(
      ObjectProvider<DigestRunner> runner,
      ReminderProperties properties,
      ObjectProvider<LaunchOptions> launch) {
    return new RunnerLifecycle(
        properties, launch, () -> runner.getObject().start(), () -> runner.getObject().stop());
  }
}
