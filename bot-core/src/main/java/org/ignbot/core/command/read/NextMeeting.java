package org.ignbot.core.command.read;

import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/** The next meeting in full: what {@code next} answers, for typed callers (its button). */
public interface NextMeeting {
  /** The next meeting, or the one under way, in full; the last one held when none is ahead. */
  Reply next(Invocation call);
}
