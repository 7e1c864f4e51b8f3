package org.ignbot.core.command;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ignbot.core.user.UserKey;

/**
 * Who may run admin commands: entries {@code platform:user-id} ({@code slack:U024BE7LH}, {@code
 * discord:80351110224678912}), or {@code platform:workspace/user-id} ({@code
 * slack:T024BE7LD/U024BE7LH}) where one bot serves several workspaces and the same user id may mean
 * someone else in another. The terminal operator is always admin.
 */
public final class AdminList {
  private final Set<String> entries;

  public AdminList(List<String> entries) {
    this.entries = entries.stream().map(String::strip).collect(Collectors.toUnmodifiableSet());
    for (String entry : this.entries) {
      if (!entry.matches("[a-z]+:([^\\s/]+/)?[^\\s/]+")) {
        throw new IllegalArgumentException(
            "admin entry \""
                + entry
                + "\" is not platform:user-id or platform:workspace/user-id, e.g. slack:U024BE7LH"
                + " or slack:T024BE7LD/U024BE7LH");
      }
    }
  }

  public boolean isAdmin(UserKey user) {
    return user.platform().equals("shell")
        || entries.contains(user.platform() + ":" + user.workspace() + "/" + user.userId())
        || entries.contains(user.platform() + ":" + user.userId());
  }

  /**
   * The entries of {@code platform} that name no workspace: they match that user id in every
   * workspace, which is right only where the bot serves one.
   */
  public List<String> withoutWorkspace(String platform) {
    return entries.stream()
        .filter(entry -> entry.startsWith(platform + ":") && !entry.contains("/"))
        .sorted()
        .toList();
  }

  /** The asker as the engine sees them, with their admin right settled. */
  public Asker asker(UserKey user, Optional<String> channel) {
    return new Asker(user, isAdmin(user), channel);
  }
}
