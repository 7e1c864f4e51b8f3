package org.ignbot.core.command.subscription;

import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/** Deleting everything the bot keeps about the asker: what {@code forget me} does, typed. */
public interface ForgetMe {
  /** Deletes the asker's zone, subscriptions, digest and record of reminders sent. */
  Reply forgetMe(Invocation call);
}
