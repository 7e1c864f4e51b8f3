package org.ignbot.core.command.subscription;

import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/** The asker's reminders (and the channel's they ask in): what {@code subscriptions} answers. */
public interface ListSubscriptions {
  Reply subscriptions(Invocation call);
}
