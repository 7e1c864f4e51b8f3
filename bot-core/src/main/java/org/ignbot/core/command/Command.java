package org.ignbot.core.command;

import java.util.List;
import org.ignbot.core.reply.Reply;

/** One thing the bot can do. Each command is one class, registered in one list. */
public interface Command {
  /** The word that runs it: {@code next}, {@code on}. */
  String name();

  /** Other words that run it. */
  default List<String> aliases() {
    return List.of();
  }

  /** How to call it: {@code on <date>}. */
  String usage();

  /** One line on what it does, for {@code help}. */
  String summary();

  /** Examples and details, for {@code help <command>}. */
  default List<String> examples() {
    return List.of();
  }

  /**
   * Whether the command takes a long text after its word, such as a pasted letter: the engine then
   * passes that text on unchanged, line breaks and all, up to {@link CommandEngine#MAX_TEXT_LENGTH}
   * characters.
   */
  default boolean takesText() {
    return false;
  }

  /**
   * Runs the command. Bad arguments throw {@link org.ignbot.core.text.InvalidInputException} with
   * the line to show.
   */
  Reply run(Invocation invocation);
}
