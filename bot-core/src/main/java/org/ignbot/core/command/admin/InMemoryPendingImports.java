package org.ignbot.core.command.admin;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ignbot.core.user.UserKey;

/** Pending previews in this process only: for the terminal and tests. */
public final class InMemoryPendingImports implements PendingImports {
  private final Map<UserKey, PendingImport> pending = new ConcurrentHashMap<>();

  @Override
  public void put(PendingImport kept) {
    pending.put(kept.admin(), kept);
  }

  @Override
  public Optional<PendingImport> take(UserKey admin, Instant now) {
    return Optional.ofNullable(pending.remove(admin)).filter(p -> p.expires().isAfter(now));
  }
}
