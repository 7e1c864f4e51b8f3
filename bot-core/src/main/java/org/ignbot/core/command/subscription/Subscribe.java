package org.ignbot.core.command.subscription;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;

/** Reminders before each sitting: what {@code subscribe} does, for typed callers. */
public interface Subscribe {
  /**
   * Subscribes the asker (or, {@code here}, the channel they ask in; admins only) to a reminder
   * {@code leadTimes} before each sitting (the defaults when empty), of one cluster's meetings or
   * all.
   */
  Reply subscribe(
      Invocation call, List<Duration> leadTimes, Optional<Cluster> cluster, boolean here);
}
