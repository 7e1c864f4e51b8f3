package org.ignbot.core.letter;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.Publication;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.schedule.StoredLetter;

/**
 * What importing a letter would do to the schedule, before anything is written: the meetings it
 * adds, changes (field by field) or cancels, those it states as they already are, and what the
 * reader was unsure of.
 */
public record ImportPreview(
    StoredLetter letter,
    Source source,
    Schedule basis,
    Schedule next,
    List<MeetingChange> changes,
    List<Meeting> unchanged,
    List<String> warnings) {
  public ImportPreview {
    Objects.requireNonNull(letter);
    Objects.requireNonNull(source);
    Objects.requireNonNull(basis);
    Objects.requireNonNull(next);
    changes = List.copyOf(changes);
    unchanged = List.copyOf(unchanged);
    warnings = List.copyOf(warnings);
  }

  /** The same preview keeping {@code kept} as the letter (with its file, say). */
  public ImportPreview withLetter(StoredLetter kept) {
    return new ImportPreview(kept, source, basis, next, changes, unchanged, warnings);
  }

  /** Whether publishing would change nothing: the schedule already says what the letter says. */
  public boolean changesNothing() {
    return changes.isEmpty();
  }

  public long count(MeetingChange.Kind kind) {
    return changes.stream().filter(change -> change.kind() == kind).count();
  }

  /** "1 added, 2 changed, 1 cancelled", or "no change". */
  public String summary() {
    if (changes.isEmpty()) {
      return "no change";
    }
    StringBuilder text = new StringBuilder();
    append(text, count(MeetingChange.Kind.ADDED), "added");
    append(text, count(MeetingChange.Kind.CHANGED), "changed");
    append(text, count(MeetingChange.Kind.CANCELLED), "cancelled");
    return text.toString();
  }

  Publication publication() {
    return new Publication(basis, next, changes, Optional.of(letter));
  }

  private static void append(StringBuilder text, long count, String what) {
    if (count > 0) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(count).append(' ').append(what);
    }
  }
}
