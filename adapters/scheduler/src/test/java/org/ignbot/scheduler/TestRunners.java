package org.ignbot.scheduler;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.user.UserSettings;
import org.ignbot.store.Announcements;
import org.ignbot.store.remind.Deliveries;
import org.ignbot.store.remind.RetryAfterGates;

/** A runner wired as the application wires it, on the JDBC stores of {@code dataSource}. */
final class TestRunners {
  private TestRunners() {}

  static ReminderRunner runner(
      DataSource dataSource,
      Clock clock,
      ScheduleRepository schedules,
      SubscriptionStore subscriptions,
      UserSettings users,
      List<Messenger> messengers,
      RunnerSettings settings) {
    return ReminderRunner.wired(
        dataSource,
        clock,
        schedules,
        subscriptions,
        users,
        messengers,
        settings,
        new Deliveries(dataSource),
        new RetryAfterGates(dataSource),
        new Announcements(dataSource));
  }
}
