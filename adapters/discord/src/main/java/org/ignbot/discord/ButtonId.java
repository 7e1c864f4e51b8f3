package org.ignbot.discord;

import java.util.Optional;

/**
 * A button's custom id: {@code ign|<guild>|<token>}, the token being the core's for the button's
 * request ({@link org.ignbot.core.reply.ActionRequest#token}), handed back to the core as it came.
 * The guild travels with the button so a click in a direct message (a reminder's "Add to calendar")
 * acts in the right workspace.
 */
record ButtonId(String workspace, String token) {
  private static final String PREFIX = "ign|";

  static String of(String workspace, String token) {
    return PREFIX + workspace + "|" + token;
  }

  /** The button's workspace and token, if the id is one of ours. */
  static Optional<ButtonId> parse(String id) {
    if (!id.startsWith(PREFIX)) {
      return Optional.empty();
    }
    int bar = id.indexOf('|', PREFIX.length());
    if (bar < 0 || bar == PREFIX.length() || bar == id.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(new ButtonId(id.substring(PREFIX.length(), bar), id.substring(bar + 1)));
  }
}
