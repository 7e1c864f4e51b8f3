package org.ignbot.core.command.read;

import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/** The next meetings, one line each: what {@code schedule [N]} answers, for typed callers. */
public interface NextMeetings {
  /** The most meetings listed at once. */
  int MAX_COUNT = 20;

  /** How many {@code schedule} lists unless told. */
  int DEFAULT_COUNT = 5;

  /**
   * The next {@code count} meetings (1 to {@link #MAX_COUNT}; a bad count throws {@link
   * org.ignbot.core.text.InvalidInputException}).
   */
  Reply upcoming(Invocation call, int count);
}
