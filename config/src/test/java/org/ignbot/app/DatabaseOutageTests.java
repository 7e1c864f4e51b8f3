package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.store.StoreUnavailableException;
import org.ignbot.core.user.UserKey;
import org.ignbot.store.JdbcSubscriptionStore;
import org.ignbot.store.JdbcUserSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.health.contributor.Status;
import org.springframework.core.io.ClassPathResource;

/**
 * A PostgreSQL that takes connections and never answers (stopped behind a network that drops), with
 * the pool set as application.yml ships it: answers do not wait for it, saving says so within two
 * seconds, readiness is DOWN within one.
 */
class DatabaseOutageTests {
  private final Clock clock = Clock.systemUTC();
  private final UserKey user = new UserKey("slack", "T1", "U1");
  private ServerSocket silent;
  private HikariDataSource pool;

  @BeforeEach
  void hangingDatabase() throws Exception {
    silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Properties shipped = shippedSettings();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/ignbot");
    config.setUsername("postgres");
    config.setConnectionTimeout(
        Long.parseLong(shipped.getProperty("spring.datasource.hikari.connection-timeout")));
    config.setValidationTimeout(
        Long.parseLong(shipped.getProperty("spring.datasource.hikari.validation-timeout")));
    config.setInitializationFailTimeout(-1);
    pool = new HikariDataSource(config);
  }

  @AfterEach
  void close() throws Exception {
    silent.close();
    pool.close();
  }

  private static Properties shippedSettings() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yml"));
    return yaml.getObject();
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  @Test
  void theUsersZoneFallsBackToNewYorkTimeWithinASecond() {
    JdbcUserSettings settings = new JdbcUserSettings(pool, clock);
    settings.zone(user); // a running bot has its classes loaded: this measures the wait alone
    long start = System.nanoTime();

    assertThat(settings.zone(user)).isEmpty();

    assertThat(since(start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void aSubscriptionThatCannotBeSavedSaysSoWithinTwoSeconds() {
    Recipient dm = new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "U1");
    long start = System.nanoTime();

    assertThatThrownBy(
            () ->
                new JdbcSubscriptionStore(pool, clock)
                    .save(
                        new Subscription(
                            dm, Optional.empty(), List.of(Duration.ofHours(1)), clock.instant())))
        .isInstanceOfSatisfying(
            StoreUnavailableException.class, e -> assertThat(e.isWrite()).isTrue());

    assertThat(since(start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void readinessOfTheDatabaseIsDownWithinASecond() {
    DatabaseHealth health = new DatabaseHealth(pool, Duration.ofMillis(800));
    long start = System.nanoTime();

    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);

    assertThat(since(start)).isLessThan(Duration.ofSeconds(1));
  }
}
