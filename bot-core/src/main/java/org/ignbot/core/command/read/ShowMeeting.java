package org.ignbot.core.command.read;

import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/** One meeting in full, with its change history: what {@code meeting <id>} answers, typed. */
public interface ShowMeeting {
  /** The meeting {@code meetingId} in full; blank or unknown is one line. */
  Reply meeting(Invocation call, String meetingId);
}
