package org.ignbot.core.letter;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Settles the year of dates written without one, from the letter's date or its other dates. */
final class Years {
  private final Optional<LocalDate> letterDate;
  private final List<LocalDate> explicit;
  private final List<String> warnings;

  Years(Optional<LocalDate> letterDate, List<LocalDate> explicit, List<String> warnings) {
    this.letterDate = letterDate;
    this.explicit = explicit;
    this.warnings = warnings;
  }

  /** The same years, warning nobody: for a second look at dates already read. */
  Years quiet() {
    return new Years(letterDate, explicit, new java.util.ArrayList<>());
  }

  /** The days of a mention, or none (with a warning) when its year cannot be told. */
  List<LocalDate> days(DateMention mention) {
    List<LocalDate> days = inYear(mention);
    if (days.size() == 1) {
      LetterDates.weekdayMismatch(mention, days.get(0)).ifPresent(warnings::add);
    }
    return days;
  }

  private List<LocalDate> inYear(DateMention mention) {
    if (mention.year().isPresent()) {
      List<LocalDate> days = mention.in(mention.year().get());
      if (days.isEmpty()) {
        warnings.add("\"" + mention.written() + "\" is not a date; left out.");
      }
      return days;
    }
    if (letterDate.isPresent()) {
      int year = letterDate.get().getYear();
      List<LocalDate> days = mention.in(year);
      // Letters announce meetings weeks ahead and look back a little: a day long before the
      // letter (or a 29 February the letter's year lacks) is next year's.
      if (days.isEmpty() || days.get(0).isBefore(letterDate.get().minusMonths(3))) {
        days = mention.in(year + 1);
      }
      return days;
    }
    if (!explicit.isEmpty()) {
      int best = explicit.get(0).getYear();
      long bestDistance = Long.MAX_VALUE;
      for (LocalDate known : explicit) {
        for (int year = known.getYear() - 1; year <= known.getYear() + 1; year++) {
          List<LocalDate> days = mention.in(year);
          long distance =
              days.isEmpty()
                  ? Long.MAX_VALUE
                  : Math.abs(ChronoUnit.DAYS.between(known, days.get(0)));
          if (distance < bestDistance) {
            bestDistance = distance;
            best = year;
          }
        }
      }
      return mention.in(best);
    }
    warnings.add(
        "\""
            + mention.written()
            + "\" has no year, and the letter gives neither its own date nor another year; "
            + "left out. Add the year and import again.");
    return List.of();
  }
}
