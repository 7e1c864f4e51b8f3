package org.ignbot.core.user;

import java.time.ZoneId;
import java.util.Optional;

/** Port: what the bot remembers of a user. Only their time zone, for now. */
public interface UserSettings {
  /** Their zone; empty when unset (or when the store cannot be read: answers fall back). */
  Optional<ZoneId> zone(UserKey user);

  void setZone(UserKey user, ZoneId zone);

  /** Deletes what is kept about the user ({@code forget me}). */
  void forget(UserKey user);
}
