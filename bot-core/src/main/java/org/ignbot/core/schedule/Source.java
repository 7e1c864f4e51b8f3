package org.ignbot.core.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a meeting comes from: a Co-Chairs' letter (or an admin's correction), with its date when
 * the letter gives one, its signatories and notes on anything odd about it.
 */
public record Source(
    String id,
    String title,
    Optional<LocalDate> date,
    List<String> signatories,
    List<String> notes) {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    if (id.isBlank() || title.isBlank()) {
      throw new IllegalArgumentException("a source has an id and a title");
    }
    signatories = List.copyOf(signatories);
    notes = List.copyOf(notes);
  }

  /** "Co-Chairs' letter of 12 February 2026, signed Tareq Albanai, Lise Gregoire-van Haaren". */
  public String citation() {
    StringBuilder text = new StringBuilder(title);
    text.append(date.map(day -> " of " + DAY.format(day)).orElse(" (undated)"));
    if (!signatories.isEmpty()) {
      text.append(", signed ").append(String.join(", ", signatories));
    }
    return text.toString();
  }
}
