package org.ignbot.core.user;

import java.util.Objects;

/** A user as a platform identifies them; all the bot keeps to know them again. */
public record UserKey(String platform, String workspace, String userId) {
  public UserKey {
    Objects.requireNonNull(platform);
    Objects.requireNonNull(workspace);
    Objects.requireNonNull(userId);
    if (platform.isBlank() || userId.isBlank()) {
      throw new IllegalArgumentException("a user has a platform and an id");
    }
  }
}
