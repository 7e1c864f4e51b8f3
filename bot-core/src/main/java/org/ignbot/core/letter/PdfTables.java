package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.List;

/**
 * A page's tables, found from where its words stand: a grid of drawn rulings when there is one
 * ({@link PdfRuledTables}), otherwise lines whose segments start at the same x ({@link
 * PdfAlignedTables}). A table is a list of columns (their left edges) and rows; a cell's wrapped
 * lines are joined ({@link PdfRows}). This class holds what they share.
 */
final class PdfTables {
  static final float SLACK = 3f;

  /** A table found on a page: its rows, column left edges and the lines it took. */
  record Found(List<List<String>> rows, boolean header, List<Float> columns, float top) {}

  /**
   * The gap between lines that separates rows, learnt from a table whose lines show both a wrap and
   * a row gap, for the rest of the document: a table continued on the next page may show only one
   * of them.
   */
  static final class RowGap {
    float threshold = Float.NaN;
  }

  private PdfTables() {}

  static List<List<String>> strip(List<List<String>> rows) {
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

  static int column(List<Float> edges, float x) {
    int column = 0;
    for (int c = 0; c < edges.size(); c++) {
      if (x >= edges.get(c)) {
        column = c;
      }
    }
    return column;
  }

  static List<Float> distinct(List<Float> values, float slack) {
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
