package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rejoins the lines of a laid-out paragraph that a page wrapped in mid-sentence ("... has been
 * postponed to" / "Monday, 17 February 2025."), so that sentences are read whole. Lines that stand
 * on their own stay apart: e-mail headers, dot-leader lines, lines with tabs, lines of two columns
 * side by side (signatures), short lines (names, headings) and list items that each start with a
 * date.
 */
final class WrappedLines {
  /** Shorter lines are names, headings or list items rather than wrapped prose. */
  private static final int PROSE_LINE = 40;

  private static final Pattern LEADER = Pattern.compile("\\.{4,}|…{2,}");

  /** Two columns side by side (a letterhead, two signatures), as a PDF or a Word layout row. */
  private static final Pattern SIDE_BY_SIDE = Pattern.compile("\\S {6,}\\S");

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]$");

  private WrappedLines() {}

  static List<String> joined(List<String> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    boolean currentIsItem = false;
    // The current line is the rest of a list item that ended above ("... working methods;" /
    // "Relationship between ..."): the next item, led by its date, does not go on with it.
    boolean currentEndsItem = false;
    boolean itemEnded = false;
    for (String line : lines) {
      String text = line.strip();
      boolean item = startsWithDate(text);
      boolean row =
          TableRows.rowLike(text) && (current == null || !TableRows.leadsOn(current.toString()));
      if (current != null
          && !standsAlone(text)
          && !row
          && !((currentIsItem || currentEndsItem) && item)) {
        if (current.charAt(current.length() - 1) != '-') {
          current.append(' ');
        }
        current.append(text);
      } else {
        if (current != null) {
          out.add(current.toString());
        }
        current = new StringBuilder(text);
        currentIsItem = item;
        currentEndsItem = itemEnded && !item;
      }
      if (standsAlone(text)
          || row
          || text.length() < PROSE_LINE
          || SENTENCE_END.matcher(text).find()) {
        out.add(current.toString());
        itemEnded = currentIsItem && !standsAlone(text);
        current = null;
      } else {
        itemEnded = false;
      }
    }
    if (current != null) {
      out.add(current.toString());
    }
    return out;
  }

  private static boolean standsAlone(String line) {
    return line.isEmpty()
        || line.contains("\t")
        || EmailHeaders.isHeader(line)
        || LEADER.matcher(line).find()
        || SIDE_BY_SIDE.matcher(line).find();
  }

  private static boolean startsWithDate(String line) {
    List<DateMention> found = LetterDates.find(line, new ArrayList<>());
    return !found.isEmpty() && found.get(0).start() <= 2;
  }
}
