package org.ignbot.core.calendar;

import java.time.Duration;
import java.util.List;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.user.UserKey;

/**
 * Port: how long before each sitting a user wants reminding, so that a personal download carries
 * the same alarms. The subscriptions store provides it; without one, downloads carry no alarm.
 */
public interface LeadTimes {
  /** The user's reminder lead times, longest first; empty when they have none. */
  List<Duration> of(UserKey user);

  /**
   * The lead times of the user's subscriptions that cover {@code meeting}, longest first: a veto
   * follower's alarms do not land on a meeting on another cluster.
   */
  default List<Duration> of(UserKey user, Meeting meeting) {
    return of(user);
  }

  /** No alarms for anyone. */
  static LeadTimes none() {
    return user -> List.of();
  }
}
