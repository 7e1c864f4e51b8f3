package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ignbot.core.letter.LetterLayout.Block;
import org.ignbot.core.letter.LetterLayout.Paragraph;
import org.ignbot.core.letter.LetterLayout.Table;

/**
 * Lays out plain or pasted text: paragraphs split on blank lines, and table rows where cells are
 * separated by tabs, by {@code |} pipes, or by runs of spaces that line up with the lines around.
 * E-mail headers and Journal lines (dot leaders) stay lines of a paragraph: the reader reads them.
 */
final class TextLayout {
  private static final Pattern EMAIL_HEADER =
      Pattern.compile(
          "(?i)^\\s*(from|sent|to|cc|bcc|subject|date|importance|attachments?|reply-to)\\s*:.*");
  private static final Pattern DOT_LEADER = Pattern.compile("\\.{4,}|…{2,}|(\\. ){4,}");
  private static final Pattern PIPE_RULE = Pattern.compile("^[\\s|:+=-]+$");
  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}]+)[.!?]$");
  private static final int ALIGN_SLACK = 1;

  private TextLayout() {}

  static List<Block> blocks(String text) {
    List<Block> blocks = new ArrayList<>();
    List<String> paragraph = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.isBlank()) {
        flush(paragraph, blocks);
      } else {
        paragraph.add(line.stripTrailing());
      }
    }
    flush(paragraph, blocks);
    return blocks;
  }

  private static void flush(List<String> lines, List<Block> blocks) {
    if (lines.isEmpty()) {
      return;
    }
    List<List<Cell>> cells = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      cells.add(cells(lines, i));
    }
    List<String> prose = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int end = i;
      while (end < lines.size() && cells.get(end) != null) {
        end++;
      }
      // The rest of a key cell cut under the table ("Friday, 17 April" / "2026").
      if (end > i && end < lines.size() && !cells.get(end - 1).isEmpty()) {
        List<Cell> tail = spaced(lines.get(end));
        String key = cells.get(end - 1).get(0).text();
        if (tail.size() == 1
            && tail.get(0).column() == 0
            && cells.get(end - 1).get(0).column() == 0
            && LayoutTables.continuesKey(key, tail.get(0).text())) {
          cells.set(end, tail);
          end++;
        }
      }
      if (end == i) {
        prose.add(paragraphLine(lines.get(i)));
        i++;
        continue;
      }
      List<List<String>> rows = rows(cells.subList(i, end));
      if (LayoutTables.isTable(rows)) {
        addProse(prose, blocks);
        blocks.add(new Table(rows, LayoutTables.isHeader(rows.get(0))));
      } else {
        lines.subList(i, end).forEach(line -> prose.add(paragraphLine(line)));
      }
      i = end;
    }
    addProse(prose, blocks);
    lines.clear();
  }

  private static void addProse(List<String> prose, List<Block> blocks) {
    if (!prose.isEmpty()) {
      blocks.add(new Paragraph(prose));
      prose.clear();
    }
  }

  /** A line of prose as it stands: tabs and wide gaps (two names side by side) are kept. */
  private static String paragraphLine(String line) {
    return line.strip();
  }

  /** A cell of a text line and the column it starts at. */
  private record Cell(int column, String text) {}

  /** The line's cells if it is a table row, else null. */
  private static List<Cell> cells(List<String> lines, int i) {
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

  private static List<Cell> split(String line, String separator) {
    List<Cell> cells = new ArrayList<>();
    int column = 0;
    for (String cell : line.split(separator, -1)) {
      cells.add(new Cell(column++, cell.strip()));
    }
    return cells;
  }

  /** Cells separated by runs of two or more spaces, with the character column each starts at. */
  private static List<Cell> spaced(String line) {
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

  /**
   * Rows from the cell lines: separated cells (tabs, pipes) keep their order; spaced cells go to
   * the column their start lines up with. A line whose key cell continues the one above (empty, or
   * the rest of a cut date) adds its cells to the row above.
   */
  private static List<List<String>> rows(List<List<Cell>> lines) {
    TreeMap<Integer, Integer> columns = columns(lines);
    List<List<String>> rows = new ArrayList<>();
    for (List<Cell> line : lines) {
      if (line.isEmpty()) {
        continue;
      }
      List<String> row = new ArrayList<>();
      for (Cell cell : line) {
        int column =
            columns.isEmpty() ? cell.column() : columns.floorEntry(cell.column()).getValue();
        while (row.size() <= column) {
          row.add("");
        }
        row.set(column, LayoutTables.join(row.get(column), cell.text()));
      }
      if (!rows.isEmpty()
          && !LayoutTables.isHeader(rows.get(rows.size() - 1))
          && LayoutTables.continuesKey(rows.get(rows.size() - 1).get(0), row.get(0))) {
        List<String> above = rows.get(rows.size() - 1);
        for (int c = 0; c < row.size(); c++) {
          if (c < above.size()) {
            above.set(c, LayoutTables.join(above.get(c), row.get(c)));
          } else {
            above.add(row.get(c));
          }
        }
      } else {
        rows.add(row);
      }
    }
    return LayoutTables.square(rows);
  }

  /**
   * For spaced lines, the character columns cells start at, each mapped to its column number; empty
   * when the cells were separated by tabs or pipes (their order is their column).
   */
  private static TreeMap<Integer, Integer> columns(List<List<Cell>> lines) {
    boolean spaced = false;
    TreeMap<Integer, Integer> starts = new TreeMap<>();
    for (List<Cell> line : lines) {
      for (int c = 0; c < line.size(); c++) {
        if (line.get(c).column() != c) {
          spaced = true;
        }
        starts.merge(line.get(c).column(), 1, Integer::sum);
      }
    }
    if (!spaced) {
      return new TreeMap<>();
    }
    TreeMap<Integer, Integer> columns = new TreeMap<>();
    Integer previous = null;
    for (int start : starts.keySet()) {
      if (previous == null || start - previous > ALIGN_SLACK) {
        columns.put(start, columns.size());
      }
      previous = start;
    }
    columns.put(Integer.MIN_VALUE, 0);
    return columns;
  }
}
