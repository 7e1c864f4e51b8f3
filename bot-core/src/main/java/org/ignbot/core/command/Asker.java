package org.ignbot.core.command;

import java.util.Objects;

/**
 * Who is asking: a user on a platform, in a workspace (Slack team, Discord guild, the local
 * terminal), and whether they are on the admin list.
 */
public record Asker(UserKey user, boolean admin) {
  public Asker {
    Objects.requireNonNull(user);
  }

  /** The person at the terminal: the operator, who is admin. */
  public static Asker terminalOperator() {
    return new Asker(new UserKey("shell", "local", "operator"), true);
  }
}
