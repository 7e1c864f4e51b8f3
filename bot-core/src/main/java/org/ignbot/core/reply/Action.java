package org.ignbot.core.reply;

import java.util.Objects;

/**
 * A suggested next step, shown as a button where the platform has buttons. Choosing it runs {@code
 * command} as if the person had typed it.
 */
public record Action(String label, String command) {
  public Action {
    Objects.requireNonNull(label);
    Objects.requireNonNull(command);
  }

  /** The command's name: its first word. */
  public String commandName() {
    int space = command.indexOf(' ');
    return space < 0 ? command : command.substring(0, space);
  }
}
