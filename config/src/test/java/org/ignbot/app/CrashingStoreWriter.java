package org.ignbot.app;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.Subscription;
import org.ignbot.store.JdbcSubscriptionStore;
import org.ignbot.store.Schema;
import org.ignbot.store.remind.Deliveries;

/**
 * The child process of {@link EmbeddedStoreCrashTests}: on the database URL it is given, subscribes
 * one user after another and records one delivery as sent for each, printing a line only once the
 * store has answered, as the bot answers "Subscribed". It runs until it is killed.
 */
public final class CrashingStoreWriter {
  private CrashingStoreWriter() {}

  public static void main(String[] args) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(args[0]);
    dataSource.setUsername("sa");
    dataSource.setPassword("");
    Schema.migrate(dataSource);
    Clock clock = Clock.systemUTC();
    JdbcSubscriptionStore subscriptions = new JdbcSubscriptionStore(dataSource, clock);
    Deliveries deliveries = new Deliveries(dataSource);
    for (int i = 0; ; i++) {
      Recipient user = new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "U" + i);
      subscriptions.save(
          new Subscription(user, Optional.empty(), List.of(Duration.ofHours(1)), clock.instant()));
      System.out.println("Subscribed U" + i);
      deliveries.claim("key-" + i, user, clock.instant(), clock.instant().minusSeconds(180));
      deliveries.settle("key-" + i, Deliveries.Status.SENT, false, "m" + i, clock.instant());
      System.out.println("Sent key-" + i);
      System.out.flush();
    }
  }
}
