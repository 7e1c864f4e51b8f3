package org.ignbot.core.command.admin;

import org.ignbot.core.command.Invocation;
import org.ignbot.core.text.InvalidInputException;

/** The polite refusal for people who are not on the admin list. */
final class AdminOnly {
  private AdminOnly() {}

  static void check(Invocation invocation, String command) {
    if (!invocation.asker().admin()) {
      throw new InvalidInputException(
          "Sorry, `"
              + command
              + "` is for the bot's admins. Ask an admin, or try `next` or `schedule`.");
    }
  }
}
