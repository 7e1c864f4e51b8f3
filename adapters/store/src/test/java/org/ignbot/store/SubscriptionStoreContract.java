package org.ignbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What every {@link SubscriptionStore} does; subclassed per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SubscriptionStoreContract {
  private static final Instant SINCE = Instant.parse("2024-11-18T12:00:00Z");
  private TestDatabase database;
  private SubscriptionStore store;
  private final Recipient dm = new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "U1");
  private final Recipient channel = new Recipient("slack", "T1", Recipient.Kind.CHANNEL, "C1");

  abstract TestDatabase open();

  @BeforeAll
  void openDatabase() {
    database = open();
    store = new JdbcSubscriptionStore(database.dataSource(), new MutableClock(SINCE));
  }

  @AfterAll
  void closeDatabase() {
    database.close();
  }

  @BeforeEach
  void empty() {
    JdbcClient.create(database.dataSource()).sql("delete from subscription").update();
    JdbcClient.create(database.dataSource()).sql("delete from delivery").update();
  }

  private Subscription subscription(Recipient to, Optional<Cluster> cluster, Duration... leads) {
    return new Subscription(to, cluster, List.of(leads), SINCE);
  }

  @Test
  void aSavedSubscriptionReadsBackTheSame() {
    Subscription saved =
        subscription(
            dm, Optional.of(Cluster.SIZE_METHODS), Duration.ofDays(1), Duration.ofMinutes(15));

    store.save(saved);

    assertThat(store.of(dm)).containsExactly(saved);
    assertThat(store.active()).containsExactly(saved);
  }

  @Test
  void aReminderForOneMeetingReadsBackBesideTheOthersAndReplacesOnlyItsOwn() {
    String longId = "2024-11-19-" + "x".repeat(53);
    Subscription everything = subscription(dm, Optional.empty(), Duration.ofHours(1));
    Subscription one = Subscription.ofMeeting(dm, longId, List.of(Duration.ofMinutes(30)), SINCE);
    store.save(everything);
    store.save(Subscription.ofMeeting(dm, longId, List.of(Duration.ofDays(2)), SINCE));
    store.save(one);

    assertThat(store.of(dm)).containsExactly(everything, one);
    assertThat(store.remove(dm, Optional.empty())).isTrue();
    assertThat(store.of(dm)).containsExactly(one);
  }

  @Test
  void savingAgainForTheSameClusterReplaces() {
    store.save(subscription(dm, Optional.empty(), Duration.ofHours(1)));
    store.save(subscription(dm, Optional.empty(), Duration.ofHours(2)));
    store.save(subscription(dm, Optional.of(Cluster.VETO), Duration.ofHours(3)));

    assertThat(store.of(dm))
        .extracting(Subscription::leadTimes)
        .containsExactly(List.of(Duration.ofHours(2)), List.of(Duration.ofHours(3)));
  }

  @Test
  void removeTakesOneAndRemoveAllTakesEvery() {
    store.save(subscription(dm, Optional.empty(), Duration.ofHours(1)));
    store.save(subscription(dm, Optional.of(Cluster.VETO), Duration.ofHours(1)));
    store.save(subscription(channel, Optional.empty(), Duration.ofHours(1)));

    assertThat(store.remove(dm, Optional.of(Cluster.VETO))).isTrue();
    assertThat(store.remove(dm, Optional.of(Cluster.VETO))).isFalse();
    assertThat(store.removeAll(dm)).isEqualTo(1);
    assertThat(store.of(dm)).isEmpty();
    assertThat(store.of(channel)).hasSize(1);
  }

  @Test
  void aPausedRecipientIsNotActiveButStillListed() {
    store.save(subscription(dm, Optional.empty(), Duration.ofHours(1)));
    store.save(subscription(channel, Optional.empty(), Duration.ofHours(1)));

    store.pause(dm, "direct messages closed");

    assertThat(store.active()).extracting(Subscription::recipient).containsExactly(channel);
    assertThat(store.of(dm))
        .singleElement()
        .satisfies(s -> assertThat(s.pausedBecause()).contains("direct messages closed"));
  }

  @Test
  void forgetDeletesTheUsersDirectSubscriptionsAndDeliveriesNotTheChannels() {
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
