package org.ignbot.core.command.admin;

import java.time.Instant;
import java.util.Optional;
import org.ignbot.core.user.UserKey;

/**
 * Port: each admin's letter preview waiting for {@code confirm} or {@code discard}; a new import
 * replaces it. Kept in the database where several instances share one (any instance confirms, and a
 * restart loses nothing), in memory for the terminal and tests.
 */
public interface PendingImports {
  /** Keeps {@code pending} for its admin, in place of any earlier one. */
  void put(PendingImport pending);

  /**
   * Removes and returns the admin's pending import, unless there is none or it expired by {@code
   * now}; of two instances taking it at once, one gets it.
   */
  Optional<PendingImport> take(UserKey admin, Instant now);
}
