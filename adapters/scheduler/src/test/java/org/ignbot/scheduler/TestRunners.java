package org.ignbot.scheduler;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.remind.Delivery;
import org.ignbot.core.remind.DeliveryRules;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.user.UserSettings;
import org.ignbot.store.Announcements;
import org.ignbot.store.remind.Deliveries;
import org.ignbot.store.remind.RetryAfterGates;

/**
 * Runners wired as the application wires them, on the JDBC stores of {@code dataSource}: each given
 * a {@link Delivery}, as the application gives its one to both runners.
 */
public final class TestRunners {
  private TestRunners() {}

  /** The delivery rules on the store's delivery log and Retry-After windows. */
  public static Delivery delivery(
      DataSource dataSource,
      Clock clock,
      ScheduleRepository schedules,
      SubscriptionStore subscriptions,
      UserSettings users,
      List<Messenger> messengers,
      DeliveryRules rules) {
    return new Delivery(
        clock,
        schedules,
        subscriptions,
        users,
        messengers,
        new Deliveries(dataSource),
        new RetryAfterGates(dataSource),
        rules);
  }

  /** A runner that hands due messages to {@code delivery}, with the store's announcements. */
  static ReminderRunner runner(
      DataSource dataSource,
      Clock clock,
      ScheduleRepository schedules,
      SubscriptionStore subscriptions,
      Delivery delivery,
      RunnerSettings settings) {
    return new ReminderRunner(
        dataSource,
        clock,
        schedules,
        subscriptions,
        new Announcements(dataSource),
        delivery,
        settings);
  }
}
