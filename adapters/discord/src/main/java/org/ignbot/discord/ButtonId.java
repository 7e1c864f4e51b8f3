package org.ignbot.discord;

import java.util.Optional;

/**
 * A button's custom id: {@code ign|<guild>|<command text>}. The guild travels with the button so a
 * click in a direct message (a reminder's "Add to calendar") acts in the right workspace.
 */
record ButtonId(String workspace, String command) {
  private static final String PREFIX = "ign|";

  static String of(String workspace, String command) {
    return PREFIX + workspace + "|" + command;
  }

  /** The button's workspace and command, if the id is one of ours. */
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
