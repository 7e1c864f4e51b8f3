package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.List;
import org.ignbot.core.letter.PdfLines.Line;
import org.ignbot.core.letter.PdfLines.Word;
import org.ignbot.core.letter.PdfTables.RowGap;

/**
 * Rows from lines without rulings between them: a line starts a new row when its key cell has a new
 * value or, when the gaps between lines come in two sizes (a row's padding), where the wider gap
 * is; a line typed across the page and wrapped to the left margin finishes its cell.
 */
final class PdfRows {
  private static final float SLACK = PdfTables.SLACK;

  private PdfRows() {}

  /**
   * Rows from lines without rulings between them: a line starts a new row when its key cell has a
   * new value; when the gaps between lines come in two sizes (a row's padding), the gaps decide.
   */
  static List<List<String>> unbanded(
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
        int c = PdfTables.column(edges, word.x() + SLACK);
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
        // A column name wrapped in a narrow column ("Conference" / "room") finishes the header.
        newRow = String.join(" ", cells).matches("(?s).*\\d.*");
      } else if (cells.get(0).isEmpty()) {
        newRow = false;
      } else if (twoGaps) {
        // A date of its own starts a row, unless it finishes the key cell above ("Monday" /
        // "17 March 2025"); so does a date under a key cell that is a date already, even where
        // the gaps are a paragraph's under the table, not a row's padding.
        String above = rows.get(rows.size() - 1).get(0);
        newRow =
            line.y() - lines.get(i - 1).y() > threshold
                || ((dateStartsRow || LayoutTables.isDate(above))
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
    return PdfTables.strip(rows);
  }
}
