package org.ignbot.core.calendar;

import java.time.Duration;
import java.util.List;
import org.ignbot.core.command.UserKey;

/**
 * Port: how long before each sitting a user wants reminding, so that a personal download carries
 * the same alarms. The subscriptions store provides it; without one, downloads carry no alarm.
 */
public interface LeadTimes {
  /** The user's reminder lead times, longest first; empty when they have none. */
  List<Duration> of(UserKey user);

  /** No alarms for anyone. */
  static LeadTimes none() {
    return user -> List.of();
  }
}
