package org.ignbot.core.schedule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One publication: the schedule it was worked out against, the schedule after it, the changes
 * between them (added, changed, cancelled meetings) and the letter behind them, if any.
 */
public record Publication(
    Schedule basis, Schedule next, List<MeetingChange> changes, Optional<StoredLetter> letter) {
  public Publication {
    Objects.requireNonNull(basis);
    Objects.requireNonNull(next);
    Objects.requireNonNull(letter);
    changes = List.copyOf(changes);
  }
}
