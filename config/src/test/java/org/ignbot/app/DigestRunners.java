package org.ignbot.app;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.ignbot.core.digest.DigestStore;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.remind.Delivery;
import org.ignbot.core.remind.InMemorySubscriptionStore;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.user.UserSettings;
import org.ignbot.scheduler.digest.DigestRunner;

/**
 * A digest runner made by the application's own factory methods, with its one {@link Delivery}, on
 * the JDBC stores of a database and without a context: its scheduler is not started, the test
 * ticks.
 */
public final class DigestRunners {
  private static final ReminderProperties DEFAULTS =
      new ReminderProperties(
          true, "1d 1h", 20, Duration.ofSeconds(1), Duration.ofSeconds(30), "test");

  private DigestRunners() {}

  public static DigestRunner wired(
      DataSource database,
      Clock clock,
      ScheduleRepository schedules,
      DigestStore digests,
      UserSettings users,
      List<Messenger> messengers) {
    StoreConfiguration store = new StoreConfiguration();
    Delivery delivery =
        store.delivery(
            clock,
            schedules,
            new InMemorySubscriptionStore(),
            users,
            messengers,
            store.deliveries(database),
            store.retryAfterGates(database),
            DEFAULTS);
    return new DigestConfiguration()
        .digestRunner(
            database,
            clock,
            schedules,
            digests,
            users,
            store.deliveries(database),
            delivery,
            DEFAULTS);
  }
}
