package org.ignbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.ignbot.core.MutableClock;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The port's contract, and what a database store does beyond it; subclassed per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SubscriptionStoreContract extends org.ignbot.core.remind.SubscriptionStoreContract {
  private TestDatabase database;
  private SubscriptionStore jdbcStore;

  abstract TestDatabase open();

  @BeforeAll
  void openDatabase() {
    database = open();
    jdbcStore = new JdbcSubscriptionStore(database.dataSource(), new MutableClock(SINCE));
  }

  @AfterAll
  void closeDatabase() {
    database.close();
  }

  @Override
  protected SubscriptionStore emptyStore() {
    JdbcClient.create(database.dataSource()).sql("delete from subscription").update();
    JdbcClient.create(database.dataSource()).sql("delete from delivery").update();
    return jdbcStore;
  }

  @Test
  void forgetAlsoDeletesTheUsersDeliveries() {
    store.save(subscription(dm, Optional.empty(), Duration.ofHours(1)));
    store.save(subscription(channel, Optional.empty(), Duration.ofHours(1)));
    new org.ignbot.store.remind.Deliveries(database.dataSource()).claim("k1", dm, SINCE, SINCE);

    assertThat(store.forget(new UserKey("slack", "T1", "U1"))).isEqualTo(1);

    assertThat(store.of(dm)).isEmpty();
    assertThat(store.of(channel)).hasSize(1);
    assertThat(
            JdbcClient.create(database.dataSource())
                .sql("select count(*) from delivery")
                .query(Integer.class)
                .single())
        .isZero();
  }
}
