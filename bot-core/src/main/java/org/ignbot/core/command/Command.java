package org.ignbot.core.command;

import java.util.Optional;
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

  /**
   * The use case {@code useCase} this command offers typed callers ({@link CommandEngine#perform}),
   * if it offers it: by default the command itself, where it implements it.
   */
  default <T> Optional<T> offers(Class<T> useCase) {
    return offered(this, useCase);
  }

  /**
   * The description whose access decides who may perform {@code useCase}: by default the command's;
   * a command that offers a form's use case (the e-mail form of the admins' {@code confirm}, for
   * everyone) gives that form's.
   */
  default CommandSpec specOffering(Class<?> useCase) {
    return spec();
  }

  /** {@code implementation} as {@code useCase}, if it implements it. */
  static <T> Optional<T> offered(Object implementation, Class<T> useCase) {
    return useCase.isInstance(implementation)
        ? Optional.of(useCase.cast(implementation))
        : Optional.empty();
  }
}
