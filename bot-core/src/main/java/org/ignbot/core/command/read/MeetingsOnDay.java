package org.ignbot.core.command.read;

import java.time.LocalDate;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/** The meetings on one New York day: what {@code on <date>} answers, for typed callers. */
public interface MeetingsOnDay {
  /** The meetings on {@code day}, or, when there is none, the next one after it. */
  Reply meetingsOnDay(Invocation call, LocalDate day);
}
