package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The names that sign a letter: the short lines at its end. */
final class Signatories {
  private static final Pattern NAME =
      Pattern.compile(
          "(?:H\\.?E\\.?\\s+)?[A-Z][\\p{L}'.-]+(?:\\s+(?:[A-Z][\\p{L}'.-]+|van|de|von|der|al|bin|el|da)){0,5}");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "permanent",
          "representative",
          "ambassador",
          "chair",
          "chairs",
          "co-chair",
          "co-chairs",
          "mission",
          "sincerely",
          "regards",
          "yours",
          "excellency",
          "united",
          "nations",
          "president",
          "assembly",
          "ign",
          "general",
          "council",
          "security",
          "accept",
          "please",
          "highest",
          "consideration",
          "kind",
          "best",
          "format",
          "date",
          "time",
          "venue",
          "topic",
          "reserved",
          "plenary",
          "meeting",
          "session",
          "model",
          "discussion",
          "representation",
          "membership");
  private static final int MAX_LINES = 8;

  private Signatories() {}

  static List<String> find(List<String> lines) {
    List<String> block = new ArrayList<>();
    for (int i = lines.size() - 1; i >= 0 && block.size() < MAX_LINES; i--) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        // Word puts blank lines around the table that lays out names side by side.
        continue;
      }
      if (line.length() > 100
          || line.endsWith(".") && line.length() > 40
          || !LetterDates.find(line, new ArrayList<>()).isEmpty()
          || SittingTimes.span(line)[0] >= 0) {
        break;
      }
      block.add(line);
    }
    Collections.reverse(block);
    List<String> names = new ArrayList<>();
    for (String line : block) {
      for (String cell : line.split("\\t|\\s{2,}")) {
        String candidate = cell.strip().replaceAll("[,;]$", "");
        if (NAME.matcher(candidate).matches() && isName(candidate)) {
          names.add(candidate.replaceAll("^H\\.?E\\.?\\s+", ""));
        }
      }
    }
    return names;
  }

  private static boolean isName(String text) {
    for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (NOT_NAMES.contains(word.replaceAll("[^\\p{L}-]", ""))) {
        return false;
      }
    }
    return true;
  }
}
