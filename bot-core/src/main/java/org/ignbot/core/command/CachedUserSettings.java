package org.ignbot.core.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ignbot.core.user.UserKey;
import org.ignbot.core.user.UserSettings;

/**
 * Keeps users' zones in memory in front of a slower store, so a question costs no database round
 * trip. {@code tz} and {@code forget me} on this instance take effect at once; a zone set on
 * another instance sharing the database is seen here within {@code maxAge}, and so is the end of a
 * database outage (during which the store answers "no zone", and answers fall back to New York).
 */
public final class CachedUserSettings implements UserSettings {
  /** Beyond this many users the cache starts again: a bound on memory, not a policy. */
  static final int MAX_USERS = 100_000;

  private final UserSettings store;
  private final Clock clock;
  private final Duration maxAge;
  private final Map<UserKey, Entry> zones = new ConcurrentHashMap<>();

  private record Entry(Optional<ZoneId> zone, Instant read) {}

  public CachedUserSettings(UserSettings store, Clock clock, Duration maxAge) {
    this.store = Objects.requireNonNull(store);
    this.clock = Objects.requireNonNull(clock);
    this.maxAge = Objects.requireNonNull(maxAge);
  }

  @Override
  public Optional<ZoneId> zone(UserKey user) {
    Instant now = clock.instant();
    Entry known = zones.get(user);
    if (known != null && known.read().plus(maxAge).isAfter(now)) {
      return known.zone();
    }
    Optional<ZoneId> zone = store.zone(user);
    if (zones.size() >= MAX_USERS) {
      zones.clear();
    }
    zones.put(user, new Entry(zone, now));
    return zone;
  }

  @Override
  public void setZone(UserKey user, ZoneId zone) {
    zones.remove(user);
    store.setZone(user, zone);
    zones.put(user, new Entry(Optional.of(zone), clock.instant()));
  }

  @Override
  public void forget(UserKey user) {
    zones.remove(user);
    store.forget(user);
  }
}
