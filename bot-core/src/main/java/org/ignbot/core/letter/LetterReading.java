package org.ignbot.core.letter;

import java.util.List;
import java.util.Objects;
import org.ignbot.core.schedule.Source;

/**
 * What the reader understood of one letter: where it comes from, the meetings it states (in date
 * order) and what it was unsure of.
 */
public record LetterReading(
    Source source, String sha256, List<MeetingDraft> meetings, List<String> warnings) {
  public LetterReading {
    Objects.requireNonNull(source);
    Objects.requireNonNull(sha256);
    meetings = List.copyOf(meetings);
    warnings = List.copyOf(warnings);
  }
}
