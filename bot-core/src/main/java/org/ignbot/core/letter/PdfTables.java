package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ignbot.core.letter.PdfGlyphs.Ruling;
import org.ignbot.core.letter.PdfLines.Line;
import org.ignbot.core.letter.PdfLines.Segment;
import org.ignbot.core.letter.PdfLines.Word;

/**
 * Finds a page's tables from where its words stand: a grid of drawn rulings when there is one,
 * otherwise lines whose segments start at the same x. A table is a list of columns (their left
 * edges) and rows; a cell's wrapped lines are joined, and a row starts where the rulings say or,
 * without rulings, where the key (first) column starts a new value.
 */
final class PdfTables {
  private static final float SLACK = 3f;

  /** A table found on a page: its rows, column left edges and the lines it took. */
  record Found(List<List<String>> rows, boolean header, List<Float> columns, float top) {}

  /**
   * The gap between lines that separates rows, learnt from a table whose lines show both a wrap and
   * a row gap, for the rest of the document: a table continued on the next page may show only one
   * of them.
   */
  static final class RowGap {
    private float threshold = Float.NaN;
  }

  private PdfTables() {}

  /** The ruled tables of a page; the lines they take are removed from {@code lines}. */
  static List<Found> ruled(
      List<Line> lines, List<Ruling> rulings, float pageHeight, RowGap rowGap) {
    List<Ruling> verticals = new ArrayList<>();
    List<Ruling> horizontals = new ArrayList<>();
    for (Ruling ruling : rulings) {
      if (ruling.horizontal()) {
        horizontals.add(ruling);
      } else if (ruling.y2() - ruling.y1() < 0.8f * pageHeight) {
        verticals.add(ruling);
      }
    }
    verticals.sort(Comparator.comparingDouble(Ruling::y1));
    List<Found> found = new ArrayList<>();
    int i = 0;
    while (i < verticals.size()) {
      float top = verticals.get(i).y1();
      float bottom = verticals.get(i).y2();
      List<Float> xs = new ArrayList<>();
      int j = i;
      while (j < verticals.size() && verticals.get(j).y1() <= bottom + 2) {
        bottom = Math.max(bottom, verticals.get(j).y2());
        xs.add(verticals.get(j).x1());
        j++;
      }
      i = j;
      List<Float> columns = distinct(xs, SLACK);
      if (columns.size() < 3) {
        continue;
      }
      float left = columns.get(0);
      float right = columns.get(columns.size() - 1);
      List<Ruling> across = new ArrayList<>();
      List<Float> ys = new ArrayList<>();
      for (Ruling h : horizontals) {
        float overlap = Math.min(h.x2(), right) - Math.max(h.x1(), left);
        if (h.y1() >= top - 2 && h.y1() <= bottom + 2 && overlap > 2) {
          // Partial rulings count too: a cell merged down has none across its own column.
          across.add(h);
          ys.add(h.y1());
        }
      }
      ys.add(top);
      ys.add(bottom);
      List<Float> bands = distinct(ys, 2f);
      List<Line> inside = new ArrayList<>();
      for (Line line : lines) {
        if (line.y() > top
            && line.y() < bottom
            && line.x() >= left - SLACK
            && line.end() <= right + SLACK) {
          inside.add(line);
        }
      }
      if (inside.isEmpty()) {
        continue;
      }
      lines.removeAll(inside);
      List<Float> edges = columns.subList(0, columns.size() - 1);
      List<List<String>> rows =
          bands.size() > 2
              ? banded(inside, edges, bands, across, rowGap)
              : unbanded(inside, edges, rowGap, Float.NaN);
      if (rows.size() >= 1) {
        found.add(new Found(rows, LayoutTables.isHeader(rows.get(0)), List.copyOf(edges), top));
      }
    }
    return found;
  }

  /**
   * Rows between horizontal rulings; an empty cell not closed by a ruling above repeats it. The
   * gaps between the lines of one band (a wrap) and between bands (a row) are learnt for a table
   * continued on the next page without rulings between its rows.
   */
  private static List<List<String>> banded(
      List<Line> lines, List<Float> edges, List<Float> bands, List<Ruling> across, RowGap rowGap) {
    int columns = edges.size();
    List<List<String>> rows = new ArrayList<>();
    List<Integer> rowBands = new ArrayList<>();
    float wrap = 0;
    float row = Float.MAX_VALUE;
    Line previous = null;
    for (int b = 0; b + 1 < bands.size(); b++) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        cells.add("");
      }
      boolean any = false;
      for (Line line : lines) {
        if (line.y() > bands.get(b) && line.y() <= bands.get(b + 1)) {
          for (Word word : line.words()) {
            int c = column(edges, (word.x() + word.end()) / 2);
            cells.set(c, appendWord(cells.get(c), word.text(), line));
          }
          if (previous != null) {
            float gap = line.y() - previous.y();
            if (any) {
              wrap = Math.max(wrap, gap);
            } else {
              row = Math.min(row, gap);
            }
          }
          previous = line;
          any = true;
          closeLine(cells);
        }
      }
      if (any) {
        rows.add(cells);
        rowBands.add(b);
      }
    }
    learn(rowGap, wrap, row);
    for (int r = 1; r < rows.size(); r++) {
      float boundary = bands.get(rowBands.get(r));
      for (int c = 0; c < columns; c++) {
        if (rows.get(r).get(c).isEmpty() && !closed(across, boundary, edges, c)) {
          rows.get(r).set(c, rows.get(r - 1).get(c));
        }
      }
    }
    return strip(rows);
  }

  /**
   * The row gap from a ruled table's widest wrap inside a row and narrowest gap between rows: a
   * row's padding sets its lines further apart than a cell's wrapped lines. Without a wrap, a gap
   * clearly tighter than every row gap is a wrap.
   */
  private static void learn(RowGap rowGap, float wrap, float row) {
    if (row == Float.MAX_VALUE) {
      return;
    }
    if (wrap > 0 && row - wrap >= 0.4f) {
      rowGap.threshold = (wrap + row) / 2;
    } else if (wrap == 0) {
      rowGap.threshold = 0.9f * row;
    }
  }

  /** Whether a horizontal ruling closes column {@code c} at {@code y}. */
  private static boolean closed(List<Ruling> across, float y, List<Float> edges, int c) {
    float from = edges.get(c);
    float to = c + 1 < edges.size() ? edges.get(c + 1) : from + 10;
    float middle = (from + to) / 2;
    for (Ruling h : across) {
      if (Math.abs(h.y1() - y) <= 2 && h.x1() <= middle && h.x2() >= middle) {
        return true;
      }
    }
    return false;
  }

  /** The unruled tables of a page: runs of lines whose segments line up in columns. */
  static List<Found> aligned(List<Line> lines, RowGap rowGap) {
    List<Found> found = new ArrayList<>();
    float right = 0;
    for (Line line : lines) {
      right = Math.max(right, line.end());
    }
    int i = 0;
    while (i < lines.size()) {
      if (lines.get(i).segments().size() < 2) {
        i++;
        continue;
      }
      List<Float> columns = new ArrayList<>();
      lines.get(i).segments().forEach(segment -> columns.add(segment.x()));
      int multi = 1;
      int j = i + 1;
      while (j < lines.size()) {
        Line previous = lines.get(j - 1);
        Line line = lines.get(j);
        // Rows set apart by their padding can stand further apart than a paragraph's lines; a line
        // whose cells stand at the table's columns goes on with it a little further than a lone
        // line does.
        float gap = line.y() - previous.y();
        float size = Math.max(previous.size(), line.size());
        if (gap > 3.0f * size) {
          break;
        }
        if (line.segments().size() >= 2 && lineUp(line, columns, lines.subList(i, j))) {
          multi++;
        } else if (gap > 2.0f * size || !fits(line, columns)) {
          break;
        }
        j++;
      }
      if (multi >= 2) {
        List<Line> run = lines.subList(i, j);
        List<Float> edges = new ArrayList<>(columns);
        edges.sort(Float::compare);
        List<List<String>> rows = unbanded(run, edges, rowGap, right);
        // One row over several aligned lines is a table too: a row continued on a new page.
        boolean oneRow = rows.size() == 1 && String.join(" ", rows.get(0)).matches("(?s).*\\d.*");
        if (LayoutTables.isTable(rows) || oneRow) {
          found.add(new Found(rows, LayoutTables.isHeader(rows.get(0)), edges, run.get(0).y()));
          run.clear();
          continue;
        }
      }
      i++;
    }
    return found;
  }

  /**
   * Whether the line's segments start at the known columns (at least two do) and no word crosses a
   * column's left edge; new column starts are learnt. Words, not segments, are checked: a word that
   * fills its cell can run into the next cell's segment. A new column must cut no segment, of this
   * line or of the lines above: list lines typed with spaces ("9 March Size of ...") start their
   * second part wherever the first ends, and taking each start for a column tears them apart.
   */
  private static boolean lineUp(Line line, List<Float> columns, List<Line> above) {
    int known = 0;
    List<Float> fresh = new ArrayList<>();
    List<Segment> freshSegments = new ArrayList<>();
    for (Segment segment : line.segments()) {
      if (near(segment.x(), columns)) {
        known++;
      } else {
        fresh.add(segment.x());
        freshSegments.add(segment);
      }
    }
    if (crosses(line, columns)
        || (known < 2 && !(known == 1 && line.segments().size() == 2 && fresh.size() == 1))) {
      return false;
    }
    for (Segment segment : freshSegments) {
      for (float column : columns) {
        if (cuts(segment, column)) {
          return false;
        }
      }
    }
    for (Line before : above) {
      for (Segment segment : before.segments()) {
        for (float column : fresh) {
          if (cuts(segment, column)) {
            return false;
          }
        }
      }
    }
    columns.addAll(fresh);
    return true;
  }

  private static boolean cuts(Segment segment, float column) {
    return segment.x() < column - SLACK && segment.end() > column + SLACK;
  }

  /** A lone segment that starts at a column and crosses none (a wrapped cell). */
  private static boolean fits(Line line, List<Float> columns) {
    return line.segments().size() == 1 && near(line.x(), columns) && !crosses(line, columns);
  }

  private static boolean crosses(Line line, List<Float> columns) {
    for (Word word : line.words()) {
      for (float column : columns) {
        if (word.x() < column - SLACK && word.end() > column + SLACK) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean near(float x, List<Float> columns) {
    for (float column : columns) {
      if (Math.abs(x - column) <= SLACK) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rows from lines without rulings between them: a line starts a new row when its key cell has a
   * new value; when the gaps between lines come in two sizes (a row's padding), the gaps decide.
   */
  private static List<List<String>> unbanded(
      List<Line> lines, List<Float> edges, RowGap rowGap, float right) {
    int columns = edges.size();
    List<List<String>> rows = new ArrayList<>();
    float low = Float.MAX_VALUE;
    float high = 0;
    for (int i = 2; i < lines.size(); i++) {
      float gap = lines.get(i).y() - lines.get(i - 1).y();
      low = Math.min(low, gap);
      high = Math.max(high, gap);
    }
    boolean twoGaps = lines.size() > 3 && high - low >= 0.4f;
    float threshold = (low + high) / 2;
    boolean dateStartsRow = false;
    if (!twoGaps && lines.size() >= 3) {
      // The lines under the header all alike: the header's gap is a row gap and a tighter one a
      // wrap, unless the header was only set apart and a line starts with a date of its own.
      float header = lines.get(1).y() - lines.get(0).y();
      float next = Math.max(high, lines.get(2).y() - lines.get(1).y());
      twoGaps = header - next >= 0.4f;
      threshold = (header + next) / 2;
      dateStartsRow = true;
    }
    if (twoGaps && !dateStartsRow) {
      rowGap.threshold = threshold;
    } else if (!twoGaps && !Float.isNaN(rowGap.threshold)) {
      twoGaps = true;
      threshold = rowGap.threshold;
      dateStartsRow = true;
    }
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        cells.add("");
      }
      for (Word word : line.words()) {
        int c = column(edges, word.x() + SLACK);
        cells.set(c, cells.get(c).isEmpty() ? word.text() : cells.get(c) + " " + word.text());
      }
      if (!Float.isNaN(right)
          && !rows.isEmpty()
          && PdfMarginWraps.wrapsLastCell(
              lines.get(i - 1), line, rows.get(rows.size() - 1), cells, right)) {
        // A line typed across the page wrapped to the left margin: it goes on in the last cell.
        List<String> above = rows.get(rows.size() - 1);
        int last = PdfMarginWraps.lastFilled(above);
        above.set(last, LayoutTables.join(above.get(last), cells.get(0)));
        continue;
      }
      boolean newRow;
      if (rows.isEmpty()) {
        newRow = true;
      } else if (rows.size() == 1 && LayoutTables.isHeader(rows.get(0))) {
        newRow = true;
      } else if (cells.get(0).isEmpty()) {
        newRow = false;
      } else if (twoGaps) {
        // A date of its own starts a row, unless it finishes the key cell above ("Monday" /
        // "17 March 2025").
        String above = rows.get(rows.size() - 1).get(0);
        newRow =
            line.y() - lines.get(i - 1).y() > threshold
                || (dateStartsRow
                    && LayoutTables.isDate(cells.get(0))
                    && !LayoutTables.continuesKey(above, cells.get(0)));
      } else {
        newRow = !LayoutTables.continuesKey(rows.get(rows.size() - 1).get(0), cells.get(0));
      }
      if (newRow) {
        rows.add(cells);
      } else {
        List<String> above = rows.get(rows.size() - 1);
        for (int c = 0; c < columns; c++) {
          above.set(c, LayoutTables.join(above.get(c), cells.get(c)));
        }
      }
    }
    return strip(rows);
  }

  private static String appendWord(String cell, String word, Line line) {
    if (cell.isEmpty() || cell.endsWith("\n")) {
      return cell.isEmpty() ? word : cell + word;
    }
    return cell + " " + word;
  }

  /** Marks the end of a line in each cell, so the next line's words join as a wrapped line. */
  private static void closeLine(List<String> row) {
    for (int c = 0; c < row.size(); c++) {
      String cell = row.get(c);
      if (!cell.isEmpty() && !cell.endsWith("\n")) {
        row.set(c, cell + "\n");
      }
    }
  }

  private static List<List<String>> strip(List<List<String>> rows) {
    List<List<String>> stripped = new ArrayList<>();
    for (List<String> row : rows) {
      List<String> cells = new ArrayList<>();
      for (String cell : row) {
        String joined = "";
        for (String piece : cell.split("\n")) {
          joined = LayoutTables.join(joined, piece);
        }
        cells.add(joined);
      }
      stripped.add(cells);
    }
    return stripped;
  }

  private static int column(List<Float> edges, float x) {
    int column = 0;
    for (int c = 0; c < edges.size(); c++) {
      if (x >= edges.get(c)) {
        column = c;
      }
    }
    return column;
  }

  private static List<Float> distinct(List<Float> values, float slack) {
    List<Float> sorted = new ArrayList<>(values);
    sorted.sort(Float::compare);
    List<Float> distinct = new ArrayList<>();
    for (float value : sorted) {
      if (distinct.isEmpty() || value - distinct.get(distinct.size() - 1) > slack) {
        distinct.add(value);
      }
    }
    return distinct;
  }
}
