package org.ignbot.core.command.admin;

import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/** Dropping the admin's previewed letter: what {@code discard} does, for typed callers. */
public interface DiscardLetter {
  /** Drops the asker's pending preview; nothing is published. */
  Reply discard(Invocation call);
}
