package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ignbot.core.letter.PdfGlyphs.Ruling;
import org.ignbot.core.letter.PdfLines.Line;
import org.ignbot.core.letter.PdfLines.Word;
import org.ignbot.core.letter.PdfTables.Found;
import org.ignbot.core.letter.PdfTables.RowGap;

/**
 * Tables from drawn rulings: columns between vertical rulings, rows between horizontal ones, a cell
 * with no ruling above it repeating the value above (a merged cell).
 */
final class PdfRuledTables {
  private static final float SLACK = PdfTables.SLACK;

  private PdfRuledTables() {}

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
      List<Float> columns = PdfTables.distinct(xs, SLACK);
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
      List<Float> bands = PdfTables.distinct(ys, 2f);
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
              : PdfRows.unbanded(inside, edges, rowGap, Float.NaN);
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
            int c = PdfTables.column(edges, (word.x() + word.end()) / 2);
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
    return PdfTables.strip(rows);
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
}
