package org.ignbot.core.command;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ignbot.core.user.UserKey;
import org.ignbot.core.user.UserSettings;

/** User settings kept in memory: for the terminal and for tests. */
public final class InMemoryUserSettings implements UserSettings {
  private final Map<UserKey, ZoneId> zones = new ConcurrentHashMap<>();

  @Override
  public Optional<ZoneId> zone(UserKey user) {
    return Optional.ofNullable(zones.get(user));
  }

  @Override
  public void setZone(UserKey user, ZoneId zone) {
    zones.put(user, zone);
  }

  @Override
  public void forget(UserKey user) {
    zones.remove(user);
  }
}
