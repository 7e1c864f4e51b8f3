package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import javax.sql.DataSource;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.remind.Delivery;
import org.ignbot.core.remind.DeliveryLog;
import org.ignbot.core.remind.RetryAfterWindows;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.remind.Subscriptions;
import org.ignbot.core.schedule.ScheduleListener;
import org.ignbot.scheduler.digest.DigestRunner;
import org.ignbot.store.JdbcUserSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:store-config;DB_CLOSE_DELAY=-1",
      "ign.reminders.enabled=false"
    })
class StoreConfigurationIntegrationTests {
  @Autowired CommandEngine engine;
  @Autowired DataSource dataSource;
  @Autowired SubscriptionStore subscriptions;
  @Autowired ScheduleListener listener;
  @Autowired ConfigurableListableBeanFactory beans;

  @Test
  void theTimeZoneAndSubscriptionsAreKeptInTheDatabase() {
    Asker operator = Asker.terminalOperator();

    engine.handle(operator, "tz Vienna");
    engine.handle(operator, "subscribe 2h topic veto");

    assertThat(new JdbcUserSettings(dataSource, java.time.Clock.systemUTC()).zone(operator.user()))
        .contains(ZoneId.of("Europe/Vienna"));
    assertThat(subscriptions.of(Subscriptions.directTo(operator.user()))).hasSize(1);
    assertThat(engine.handle(operator, "help").lines())
        .anyMatch(line -> line.contains("subscribe [lead times] [topic <cluster>] [here]"))
        .anyMatch(line -> line.contains("forget me"));
  }

  @Test
  void theReminderRunnerHearsOfPublishedChanges() {
    assertThat(listener).isInstanceOf(org.ignbot.scheduler.ReminderRunner.class);
  }

  @Test
  void oneDeliveryWithOneRecordOfDeliveriesAndOneSetOfRetryAfterWindowsServesBothRunners() {
    beans.getBean(DigestRunner.class); // made on demand (lazy): one-shot runs never make it

    assertThat(beans.getBeanNamesForType(Delivery.class)).containsExactly("delivery");
    assertThat(beans.getBeanNamesForType(DeliveryLog.class)).containsExactly("deliveries");
    assertThat(beans.getBeanNamesForType(RetryAfterWindows.class))
        .containsExactly("retryAfterGates");
    assertThat(beans.getDependentBeans("delivery")).contains("reminderRunner", "digestRunner");
    assertThat(beans.getDependentBeans("deliveries")).contains("delivery", "digestRunner");
    assertThat(beans.getDependentBeans("retryAfterGates")).containsExactly("delivery");
  }
}
