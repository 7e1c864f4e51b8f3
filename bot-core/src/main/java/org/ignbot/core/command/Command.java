package org.ignbot.core.command;

import org.ignbot.core.reply.Reply;

/**
 * One thing the bot can do. Each command is one class, registered in one list, and describes itself
 * once in its {@link CommandSpec}: help, Discord's options and the admin check come from it.
 */
public interface Command {
  /** What the command is: name, aliases, summary, examples, who may run it, its parameters. */
  CommandSpec spec();

  /**
   * Runs the command. Bad arguments throw {@link org.ignbot.core.text.InvalidInputException} with
   * the line to show. An admin command is only run for admins: the engine checks.
   */
  Reply run(Invocation invocation);
}
