package org.ignbot.core.schedule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A published change to one meeting, on whose authority: added, changed field by field, or
 * cancelled. {@code before} is empty for an added meeting.
 */
public record MeetingChange(
    Kind kind, Optional<Meeting> before, Meeting after, List<FieldChange> fields, Source source) {
  public enum Kind {
    ADDED,
    CHANGED,
    CANCELLED
  }

  public MeetingChange {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(before);
    Objects.requireNonNull(after);
    Objects.requireNonNull(source);
    fields = List.copyOf(fields);
    if (kind == Kind.ADDED != before.isEmpty()) {
      throw new IllegalArgumentException("an added meeting has no before, any other change has");
    }
  }
}
