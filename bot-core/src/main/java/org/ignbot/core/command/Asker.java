package org.ignbot.core.command;

import java.util.Objects;
import java.util.Optional;
import org.ignbot.core.user.UserKey;

/**
 * Who is asking and where: a user on a platform, in a workspace (Slack team, Discord guild, the
 * local terminal), whether they are on the admin list, and the channel they asked in (empty for
 * direct messages and the terminal), for commands that act on "here".
 */
public record Asker(UserKey user, boolean admin, Optional<String> channel) {
  public Asker {
    Objects.requireNonNull(user);
    Objects.requireNonNull(channel);
  }

  public Asker(UserKey user, boolean admin) {
    this(user, admin, Optional.empty());
  }

  /** The person at the terminal: the operator, who is admin. */
  public static Asker terminalOperator() {
    return new Asker(new UserKey("shell", "local", "operator"), true);
  }
}
