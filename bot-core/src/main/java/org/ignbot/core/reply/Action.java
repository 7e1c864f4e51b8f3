package org.ignbot.core.reply;

import java.util.Objects;

/**
 * A suggested next step, shown as a button where the platform has buttons. Choosing it makes the
 * typed {@code request}, which the platform carries as its token and hands back to the core.
 */
public record Action(String label, ActionRequest request) {
  public Action {
    Objects.requireNonNull(label);
    Objects.requireNonNull(request);
  }

  /** The name of the command that answers it: shown only where that command exists. */
  public String commandName() {
    return request.commandName();
  }

  /** What a person would type for the same, as the terminal shows it: {@code ics 2024-11-19}. */
  public String command() {
    return request.token();
  }
}
