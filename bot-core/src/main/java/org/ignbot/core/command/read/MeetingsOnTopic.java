package org.ignbot.core.command.read;

import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/** The meetings on a topic: what {@code topic} answers, for typed callers (its button). */
public interface MeetingsOnTopic {
  /**
   * The meetings on {@code topic}, a cluster ({@code veto}, {@code working methods}) or words to
   * look for, upcoming first; blank throws {@link org.ignbot.core.text.InvalidInputException}.
   */
  Reply meetingsOn(Invocation call, String topic);
}
