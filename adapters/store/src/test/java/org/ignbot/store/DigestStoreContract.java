package org.ignbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.ignbot.core.digest.DigestStore;
import org.ignbot.core.digest.DigestSubscription;
import org.ignbot.core.digest.Frequency;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DigestStore} does; subclassed per implementation. */
abstract class DigestStoreContract {
  private static final Instant SINCE = Instant.parse("2026-10-21T09:00:00Z");
  private final Recipient dm = new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "U1");
  private final Recipient channel = new Recipient("slack", "T1", Recipient.Kind.CHANNEL, "C1");
  private DigestStore store;

  abstract DigestStore open();

  void close() {}

  @BeforeEach
  void openStore() {
    store = open();
  }

  @AfterEach
  void closeStore() {
    close();
  }

  @Test
  void keepsOneDigestPerRecipientAndSavingAgainReplacesIt() {
    store.save(new DigestSubscription(dm, Frequency.WEEKLY, Optional.empty(), SINCE));
    DigestSubscription daily =
        new DigestSubscription(dm, Frequency.DAILY, Optional.empty(), SINCE.plusSeconds(60));
    store.save(daily);

    assertThat(store.of(dm)).contains(daily);
    assertThat(store.all()).containsExactly(daily);
  }

  @Test
  void aChannelKeepsTheZoneItIsTimedIn() {
    DigestSubscription tokyo =
        new DigestSubscription(
            channel, Frequency.WEEKLY, Optional.of(ZoneId.of("Asia/Tokyo")), SINCE);
    store.save(tokyo);

    assertThat(store.of(channel)).contains(tokyo);
    assertThat(store.of(dm)).isEmpty();
  }

  @Test
  void removeAndForgetDeleteOnlyTheirOwn() {
    store.save(new DigestSubscription(dm, Frequency.WEEKLY, Optional.empty(), SINCE));
    store.save(new DigestSubscription(channel, Frequency.DAILY, Optional.empty(), SINCE));

    assertThat(store.forget(new UserKey("slack", "T1", "U1"))).isTrue();
    assertThat(store.forget(new UserKey("slack", "T1", "U1"))).isFalse();
    assertThat(store.of(channel)).isPresent();
    assertThat(store.remove(channel)).isTrue();
    assertThat(store.all()).isEmpty();
  }

  @Test
  void aPausedDigestKeepsWhyAndSavingItAgainResumesIt() {
    DigestSubscription weekly =
        new DigestSubscription(dm, Frequency.WEEKLY, Optional.empty(), SINCE);
    store.save(weekly.paused("550 5.1.1 no such user"));

    assertThat(store.of(dm).orElseThrow().pausedBecause()).contains("550 5.1.1 no such user");
    store.save(weekly);
    assertThat(store.of(dm).orElseThrow().pausedBecause()).isEmpty();
  }
}
