package org.ignbot.core.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ignbot.core.time.TimeFormat;

/**
 * What a table cell says about a meeting announced before: cancelled ("will not take place",
 * "postponed until further notice") or moved from another day ("postponed from 19 November").
 */
record Changes(
    String remaining, boolean cancelled, Optional<LocalDate> movedFrom, Optional<String> note) {
  static final Pattern CANCELLED =
      Pattern.compile(
          "(?i)\\b(?:(?:(?:will|shall|can|could)\\s+not|cannot)\\s+(?:take\\s+place|be\\s+(?:held|convened))|(?:is|are|has\\s+been|have\\s+been"
              + "|was|were)\\s+(?:cancel+ed|called\\s+off|withdrawn)|cancel+ed|cancel+ation"
              + "|postponed\\s+(?:until|till|to)\\s+(?:further\\s+notice|a\\s+(?:later|future)\\s+date)"
              + "|postponed\\s+sine\\s+die|no\\s+longer\\s+take\\s+place)\\b");
  static final Pattern MOVED_FROM =
      Pattern.compile(
          "(?i)\\b(postponed|moved|rescheduled|shifted|brought\\s+forward|changed)\\s+from\\b"
              + "|\\binstead\\s+of\\b|\\bformerly\\b|\\bpreviously\\b|\\boriginally\\b");

  static Changes in(String cells, List<DateMention> others, Years years) {
    Matcher moved = MOVED_FROM.matcher(cells);
    if (moved.find() && !others.isEmpty()) {
      List<LocalDate> from = years.days(others.get(0));
      if (!from.isEmpty()) {
        int date = cells.indexOf(others.get(0).written(), moved.start());
        int end = date < 0 ? moved.end() : date + others.get(0).written().length();
        String remaining =
            cells.substring(0, moved.start()).replaceAll("[(\\[]\\s*$", "")
                + "\t"
                + cells.substring(end).replaceFirst("^\\s*[)\\]]", "");
        return new Changes(
            remaining, false, Optional.of(from.get(0)), Optional.of(movedNote(from.get(0))));
      }
    }
    Matcher cancelled = CANCELLED.matcher(cells);
    if (cancelled.find()) {
      String remaining =
          cells.substring(0, cancelled.start()).replaceAll("(?i)(?:[(\\[]|\\bmeeting)\\s*$", "")
              + "\t"
              + cells.substring(cancelled.end()).replaceFirst("^\\s*[)\\]]", "");
      return new Changes(
          remaining, true, Optional.empty(), Optional.of("Cancelled by the letter."));
    }
    return new Changes(cells, false, Optional.empty(), Optional.empty());
  }

  static String movedNote(LocalDate from) {
    return "Moved from " + TimeFormat.longDay(from) + ".";
  }
}
