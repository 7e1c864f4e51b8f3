package org.ignbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.ignbot.core.MutableClock;
import org.ignbot.core.user.UserKey;
import org.ignbot.core.user.UserSettings;
import org.junit.jupiter.api.Test;

class CachedUserSettingsTests {
  private static final UserKey ANA = new UserKey("slack", "T1", "U1");
  private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

  private final MutableClock clock = new MutableClock(Instant.parse("2024-11-18T12:00:00Z"));
  private final AtomicInteger reads = new AtomicInteger();
  private final InMemoryUserSettings store = new InMemoryUserSettings();
  private final UserSettings counted =
      new UserSettings() {
        @Override
        public Optional<ZoneId> zone(UserKey user) {
          reads.incrementAndGet();
          return store.zone(user);
        }

        @Override
        public void setZone(UserKey user, ZoneId zone) {
          store.setZone(user, zone);
        }

        @Override
        public void forget(UserKey user) {
          store.forget(user);
        }
      };
  private final CachedUserSettings cached =
      new CachedUserSettings(counted, clock, Duration.ofMinutes(1));

  @Test
  void repeatedQuestionsReadTheStoreOnce() {
    store.setZone(ANA, VIENNA);

    for (int i = 0; i < 10; i++) {
      assertThat(cached.zone(ANA)).contains(VIENNA);
    }

    assertThat(reads).hasValue(1);
  }

  @Test
  void tzOnThisInstanceTakesEffectAtOnce() {
    assertThat(cached.zone(ANA)).isEmpty();

    cached.setZone(ANA, VIENNA);

    assertThat(cached.zone(ANA)).contains(VIENNA);
    assertThat(store.zone(ANA)).contains(VIENNA);
  }

  @Test
  void forgetMeDropsTheRememberedZone() {
    cached.setZone(ANA, VIENNA);

    cached.forget(ANA);

    assertThat(cached.zone(ANA)).isEmpty();
    assertThat(store.zone(ANA)).isEmpty();
  }

  @Test
  void aZoneSetElsewhereIsSeenOnceTheRememberedOneIsOld() {
    assertThat(cached.zone(ANA)).isEmpty();
    store.setZone(ANA, VIENNA); // another instance, same database

    clock.advance(Duration.ofSeconds(30));
    assertThat(cached.zone(ANA)).isEmpty();

    clock.advance(Duration.ofSeconds(31));
    assertThat(cached.zone(ANA)).contains(VIENNA);
  }
}
