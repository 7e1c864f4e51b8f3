package org.ignbot.core.command;

import java.time.ZoneId;
import java.util.Optional;

/** Port: what the bot remembers of a user. Only their time zone, for now. */
public interface UserSettings {
  Optional<ZoneId> zone(UserKey user);

  void setZone(UserKey user, ZoneId zone);
}
