package org.ignbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.MutableClock;
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.remind.Subscriptions;
import org.ignbot.core.schedule.Cluster;
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

  @Test
  void manyRecipientsReadAtOnceEachGetTheirOwnSubscriptionsInOrder() throws Exception {
    int recipients = 30;
    for (int i = 0; i < recipients; i++) {
      org.ignbot.core.notify.Recipient r =
          new org.ignbot.core.notify.Recipient(
              "slack", "T1", org.ignbot.core.notify.Recipient.Kind.DIRECT_MESSAGE, "R" + i);
      // Recipient i has i % 3 + 1 subscriptions: every meeting, then the veto, then regional.
      store.save(subscription(r, Optional.empty(), Duration.ofMinutes(10 + i)));
      if (i % 3 >= 1) {
        store.save(subscription(r, Optional.of(Cluster.VETO), Duration.ofHours(1)));
      }
      if (i % 3 == 2) {
        store.save(subscription(r, Optional.of(Cluster.REGIONAL), Duration.ofHours(2)));
      }
    }
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(recipients);
    java.util.concurrent.ExecutorService readers =
        java.util.concurrent.Executors.newFixedThreadPool(recipients);
    try {
      List<java.util.concurrent.Future<List<Subscription>>> read = new java.util.ArrayList<>();
      for (int i = 0; i < recipients; i++) {
        org.ignbot.core.notify.Recipient r =
            new org.ignbot.core.notify.Recipient(
                "slack", "T1", org.ignbot.core.notify.Recipient.Kind.DIRECT_MESSAGE, "R" + i);
        read.add(
            readers.submit(
                () -> {
                  start.await();
                  return store.of(r);
                }));
      }
      for (int i = 0; i < recipients; i++) {
        List<Subscription> own = read.get(i).get();
        assertThat(own).hasSize(i % 3 + 1);
        assertThat(own).extracting(s -> s.recipient().id()).containsOnly("R" + i);
        assertThat(own)
            .flatExtracting(Subscription::leadTimes)
            .contains(Duration.ofMinutes(10 + i));
        assertThat(own).isSortedAccordingTo(Subscriptions.ORDER);
      }
    } finally {
      readers.shutdownNow();
    }
  }
}
