package org.ignbot.core.command.admin;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ignbot.core.command.UserKey;
import org.ignbot.core.letter.ImportPreview;

/**
 * Each admin's preview waiting for {@code confirm} or {@code discard}; a new import replaces it.
 */
public final class PendingImports {
  private final Map<UserKey, ImportPreview> pending = new ConcurrentHashMap<>();

  void put(UserKey admin, ImportPreview preview) {
    pending.put(admin, preview);
  }

  Optional<ImportPreview> take(UserKey admin) {
    return Optional.ofNullable(pending.remove(admin));
  }

  Optional<ImportPreview> peek(UserKey admin) {
    return Optional.ofNullable(pending.get(admin));
  }
}
