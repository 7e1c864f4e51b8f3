package org.ignbot.core.notify;

import java.util.Objects;

/**
 * Where a message goes: a user by direct message, or a channel, on one platform and workspace
 * (Slack team, Discord guild, {@code local} for the terminal).
 */
public record Recipient(String platform, String workspace, Kind kind, String id) {
  public enum Kind {
    DIRECT_MESSAGE,
    CHANNEL
  }

  public Recipient {
    Objects.requireNonNull(platform);
    Objects.requireNonNull(workspace);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(id);
    if (platform.isBlank() || id.isBlank()) {
      throw new IllegalArgumentException("a recipient has a platform and an id");
    }
  }
}
