package org.ignbot.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SubscriptionStore} does; each implementation's tests extend it. */
public abstract class SubscriptionStoreContract {
  protected static final Instant SINCE = Instant.parse("2024-11-18T12:00:00Z");
  protected final Recipient dm = new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "U1");
  protected final Recipient channel = new Recipient("slack", "T1", Recipient.Kind.CHANNEL, "C1");
  protected SubscriptionStore store;

  /** A store that holds no subscription yet. */
  protected abstract SubscriptionStore emptyStore();

  @BeforeEach
  void freshStore() {
    store = emptyStore();
  }

  protected static Subscription subscription(
      Recipient to, Optional<Cluster> cluster, Duration... leads) {
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
  void forgetDeletesTheUsersDirectSubscriptionsNotTheChannels() {
    store.save(subscription(dm, Optional.empty(), Duration.ofHours(1)));
    store.save(subscription(channel, Optional.empty(), Duration.ofHours(1)));

    assertThat(store.forget(new UserKey("slack", "T1", "U1"))).isEqualTo(1);

    assertThat(store.of(dm)).isEmpty();
    assertThat(store.of(channel)).hasSize(1);
  }
}
