package org.ignbot.core.command.subscription;

import java.util.Optional;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;

/** Stopping reminders: what {@code unsubscribe} does, for typed callers. */
public interface Unsubscribe {
  /** Stops the asker's (or, {@code here}, the channel's) reminders: one cluster's, or all. */
  Reply unsubscribe(Invocation call, Optional<Cluster> cluster, boolean here);
}
