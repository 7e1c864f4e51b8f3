package org.ignbot.core.command.admin;

import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/** Publishing the admin's previewed letter: what {@code confirm} does, for typed callers. */
public interface PublishLetter {
  /** Publishes the asker's pending preview, all of it or nothing. */
  Reply publish(Invocation call);
}
