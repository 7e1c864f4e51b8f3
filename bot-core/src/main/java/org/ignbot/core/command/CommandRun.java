package org.ignbot.core.command;

import java.util.function.Supplier;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.store.StoreUnavailableException;
import org.ignbot.core.text.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a command: admins only where its spec says so; bad input is one line, never thrown.
 */
final class CommandRun {
  private static final Logger log = LoggerFactory.getLogger(CommandEngine.class);

  private CommandRun() {}

  /** The answer to someone not on the admin list who runs an admin command. */
  private static Reply adminsOnly(CommandSpec spec) {
    return Reply.error(
        "Sorry, `"
            + spec.name()
            + "` is for the bot's admins. Ask an admin, or try `next` or `schedule`.");
  }

  /**
   * Whether {@code asker} may run the command with {@code arguments}: the access of the form they
   * pick, from the command's description. The one admin check, whoever calls.
   */
  static boolean permits(CommandSpec spec, Asker asker, String arguments) {
    return spec.accessFor(arguments) != CommandSpec.Access.ADMIN || asker.admin();
  }

  /** Runs a command for {@code asker} with {@code arguments}; their form decides who may. */
  static Reply execute(CommandSpec spec, Asker asker, String arguments, Supplier<Reply> run) {
    if (!permits(spec, asker, arguments)) {
      return adminsOnly(spec);
    }
    try {
      return run.get();
    } catch (InvalidInputException e) {
      return Reply.error(e.getMessage());
    } catch (StoreUnavailableException e) {
      log.warn("Command '{}': the store is unavailable: {}", spec.name(), e.getCause().toString());
      return Reply.error(e.line());
    } catch (RuntimeException e) {
      log.error("Command '{}' failed", spec.name(), e);
      return Reply.error(
          "Something went wrong on my side answering `"
              + spec.name()
              + "`; it is logged. Please try again.");
    }
  }
}
