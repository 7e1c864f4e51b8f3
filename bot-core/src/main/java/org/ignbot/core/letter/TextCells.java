package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which lines of a text are table rows, and their cells: cells separated by tabs, by {@code |}
 * pipes, or by runs of two or more spaces that line up with the line above or below. E-mail header
 * lines and Journal lines with dot leaders are no rows.
 */
final class TextCells {
  private static final Pattern EMAIL_HEADER =
      Pattern.compile(
          "(?i)^\\s*(from|sent|to|cc|bcc|subject|date|importance|attachments?|reply-to)\\s*:.*");
  private static final Pattern DOT_LEADER = Pattern.compile("\\.{4,}|…{2,}|(\\. ){4,}");
  private static final Pattern PIPE_RULE = Pattern.compile("^[\\s|:+=-]+$");
  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}]+)[.!?]$");
  private static final Pattern LONE_CELL_END = Pattern.compile("[.!?:;,]$");
  private static final int LONE_CELL_WORDS = 6;
  private static final Pattern PENDING =
      Pattern.compile("(?i)\\bto\\s+be\\s+(?:announced|confirmed|determined)\\b|\\btb[acd]\\b");
  static final int ALIGN_SLACK = 1;

  private TextCells() {}

  /** A cell of a text line and the column it starts at. */
  record Cell(int column, String text) {}

  /** The line's cells if it is a table row, else null. */
  static List<Cell> cells(List<String> lines, int i) {
    String line = lines.get(i);
    if (EMAIL_HEADER.matcher(line).matches() || DOT_LEADER.matcher(line).find()) {
      return null;
    }
    if (line.contains("\t")) {
      return split(line, "\t");
    }
    if (line.contains(" | ") || line.strip().startsWith("|")) {
      String strip = line.strip();
      if (PIPE_RULE.matcher(strip).matches()) {
        return List.of();
      }
      strip = strip.replaceAll("^\\|", "").replaceAll("\\|$", "");
      return split(strip, "\\|");
    }
    if (i > 0 && lines.get(i - 1).contains("\t") && loneCell(lines, i)) {
      return List.of(new Cell(0, line.strip()));
    }
    List<Cell> mine = spaced(line);
    if (mine.size() < 2 && !(mine.size() == 1 && mine.get(0).column() > 0)) {
      return null;
    }
    for (int j : new int[] {i - 1, i + 1}) {
      if (j >= 0 && j < lines.size() && aligned(mine, spaced(lines.get(j)))) {
        return mine;
      }
    }
    return null;
  }

  /**
   * A line right under a tab-separated row that is a cell whose tabs were lost in the paste: a few
   * words, no sentence, and either more rows below it or words only a row would say ("To be
   * announced", a cluster). A note under the table ends with a stop, and a signature ("The
   * Co-Chairs") names no cluster: both stay prose.
   */
  private static boolean loneCell(List<String> lines, int i) {
    String strip = lines.get(i).strip();
    if (strip.isEmpty()
        || LONE_CELL_END.matcher(strip).find()
        || strip.split("\\s+").length > LONE_CELL_WORDS) {
      return false;
    }
    return (i + 1 < lines.size() && lines.get(i + 1).contains("\t"))
        || PENDING.matcher(strip).find()
        || !Topics.clusters(Topics.fromCell(strip)).isEmpty();
  }

  private static List<Cell> split(String line, String separator) {
    List<Cell> cells = new ArrayList<>();
    int column = 0;
    for (String cell : line.split(separator, -1)) {
      cells.add(new Cell(column++, cell.strip()));
    }
    return cells;
  }

  /** Cells separated by runs of two or more spaces, with the character column each starts at. */
  static List<Cell> spaced(String line) {
    List<Cell> cells = new ArrayList<>();
    var matcher = SPACES.matcher(line);
    int start = 0;
    while (matcher.find()) {
      if (sentenceSpacing(line, matcher.start(), matcher.end())) {
        continue;
      }
      if (matcher.start() > start) {
        cells.add(new Cell(start, line.substring(start, matcher.start())));
      }
      start = matcher.end();
    }
    if (start < line.length()) {
      cells.add(new Cell(start, line.substring(start)));
    }
    return cells;
  }

  /** Two spaces after a full stop and before a capital: a typist's sentence break, not a cell. */
  private static boolean sentenceSpacing(String line, int from, int to) {
    if (to - from != 2 || to >= line.length() || !Character.isUpperCase(line.charAt(to))) {
      return false;
    }
    Matcher word = LAST_WORD.matcher(line.substring(0, from));
    return word.find() && word.group(1).length() > 3;
  }

  /** Two spaced lines line up: at least two of their cells start at the same column. */
  private static boolean aligned(List<Cell> a, List<Cell> b) {
    if (a.size() + b.size() < 3) {
      return false;
    }
    int same = 0;
    for (Cell x : a) {
      for (Cell y : b) {
        if (Math.abs(x.column() - y.column()) <= ALIGN_SLACK) {
          same++;
          break;
        }
      }
    }
    return same >= 2 || (same == 1 && (a.get(0).column() > 0 || b.get(0).column() > 0));
  }
}
