package org.ignbot.core.command;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may run admin commands: entries {@code platform:user-id} ({@code slack:U024BE7LH}, {@code
 * discord:80351110224678912}). The terminal operator is always admin.
 */
public final class AdminList {
  private final Set<String> entries;

  public AdminList(List<String> entries) {
    this.entries = entries.stream().map(String::strip).collect(Collectors.toUnmodifiableSet());
    for (String entry : this.entries) {
      if (!entry.matches("[a-z]+:\\S+")) {
        throw new IllegalArgumentException(
            "admin entry \"" + entry + "\" is not platform:user-id, e.g. slack:U024BE7LH");
      }
    }
  }

  public boolean isAdmin(UserKey user) {
    return user.platform().equals("shell")
        || entries.contains(user.platform() + ":" + user.userId());
  }

  /** The asker as the engine sees them, with their admin right settled. */
  public Asker asker(UserKey user, Optional<String> channel) {
    return new Asker(user, isAdmin(user), channel);
  }
}
