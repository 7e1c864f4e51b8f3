package org.ignbot.core.command;

import java.util.Optional;
import org.ignbot.core.reply.Reply;

/** What the bot can do: what {@code help} answers, for typed callers (its button). */
public interface ShowHelp {
  /** Every command's usage and summary, or how to use {@code command} when given. */
  Reply help(Invocation call, Optional<String> command);
}
