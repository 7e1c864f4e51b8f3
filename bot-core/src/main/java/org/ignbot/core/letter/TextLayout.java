package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.ignbot.core.letter.LetterLayout.Block;
import org.ignbot.core.letter.LetterLayout.Paragraph;
import org.ignbot.core.letter.LetterLayout.Table;
import org.ignbot.core.letter.TextCells.Cell;

/**
 * Lays out plain or pasted text: paragraphs split on blank lines, and table rows where cells are
 * separated by tabs, by {@code |} pipes, or by runs of spaces that line up with the lines around.
 * E-mail headers and Journal lines (dot leaders) stay lines of a paragraph: the reader reads them.
 */
final class TextLayout {

  private static final Pattern QUOTED = Pattern.compile("^\\s*(?:>\\s?)+");

  private TextLayout() {}

  static List<Block> blocks(String text) {
    List<Block> blocks = new ArrayList<>();
    List<String> paragraph = new ArrayList<>();
    for (String typed : text.split("\n", -1)) {
      // A reply's quoted lines ("> Dear Colleagues,", ">") read as the lines they quote.
      String line = QUOTED.matcher(typed).replaceFirst("");
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
      cells.add(TextCells.cells(lines, i));
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
        List<Cell> tail = TextCells.spaced(lines.get(end));
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
      if (previous == null || start - previous > TextCells.ALIGN_SLACK) {
        columns.put(start, columns.size());
      }
      previous = start;
    }
    columns.put(Integer.MIN_VALUE, 0);
    return columns;
  }
}
