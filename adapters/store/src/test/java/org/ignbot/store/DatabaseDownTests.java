package org.ignbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.MutableClock;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.store.StoreUnavailableException;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A database that does not answer: reads fall back or say so, writes say they could not save. */
class DatabaseDownTests {
  private final HikariDataSource nowhere = pool();
  private final MutableClock clock = new MutableClock(Instant.parse("2024-11-18T12:00:00Z"));
  private final UserKey user = new UserKey("slack", "T1", "U1");

  private static HikariDataSource pool() {
    HikariConfig config = new HikariConfig();
    // Port 9 on this machine: nothing listens, the connection is refused at once.
    config.setJdbcUrl("jdbc:postgresql://127.0.0.1:9/test?connectTimeout=1");
    config.setUsername("postgres");
    config.setConnectionTimeout(250);
    config.setInitializationFailTimeout(-1);
    return new HikariDataSource(config);
  }

  @AfterEach
  void close() {
    nowhere.close();
  }

  @Test
  void writesSayTheyCannotSaveAndReadsSayTheyCannotLookUp() {
    JdbcSubscriptionStore store = new JdbcSubscriptionStore(nowhere, clock);
    Recipient dm = new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "U1");

    assertThatThrownBy(
            () ->
                store.save(
                    new Subscription(
                        dm, Optional.empty(), List.of(Duration.ofHours(1)), clock.instant())))
        .isInstanceOfSatisfying(
            StoreUnavailableException.class, e -> assertThat(e.isWrite()).isTrue());
    assertThatThrownBy(() -> store.of(dm))
        .isInstanceOfSatisfying(
            StoreUnavailableException.class, e -> assertThat(e.isWrite()).isFalse());
    assertThatThrownBy(() -> new JdbcUserSettings(nowhere, clock).setZone(user, ZoneId.of("UTC")))
        .isInstanceOf(StoreUnavailableException.class);
  }

  @Test
  void aZoneReadFromADatabaseThatHangsFallsBackToNewYorkTimeWithinASecond() throws Exception {
    // Takes connections and never answers them: a database stopped behind a network that drops.
    ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/test");
    config.setUsername("postgres");
    config.setInitializationFailTimeout(-1); // Hikari's other defaults: a 30 s connection wait
    HikariDataSource hanging = new HikariDataSource(config);
    try {
      long start = System.nanoTime();

      Optional<ZoneId> zone = new JdbcUserSettings(hanging, clock).zone(user);

      assertThat(zone).isEmpty();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    } finally {
      silent.close();
      hanging.close();
    }
  }

  @Test
  void aZoneThatCannotBeReadFallsBackToNewYorkTime() {
    assertThat(new JdbcUserSettings(nowhere, clock).zone(user)).isEmpty();
  }
}
