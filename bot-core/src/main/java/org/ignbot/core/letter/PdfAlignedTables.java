package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.List;
import org.ignbot.core.letter.PdfLines.Line;
import org.ignbot.core.letter.PdfLines.Segment;
import org.ignbot.core.letter.PdfLines.Word;
import org.ignbot.core.letter.PdfTables.Found;
import org.ignbot.core.letter.PdfTables.RowGap;

/**
 * Tables without rulings: runs of lines whose segments start at the same x, new columns learnt only
 * where they cut no segment of the lines so far.
 */
final class PdfAlignedTables {
  private static final float SLACK = PdfTables.SLACK;

  private PdfAlignedTables() {}

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
      // A page that starts with one row whose cell wrapped under a column: the rest of the table
      // before the page break (PdfBlocks joins them when the columns agree).
      boolean wrappedRowOnTop = i == 0 && j - i >= 2 && lines.get(i).segments().size() >= 3;
      if (multi >= 2 || wrappedRowOnTop) {
        List<Line> run = lines.subList(i, j);
        List<Float> edges = new ArrayList<>(columns);
        edges.sort(Float::compare);
        List<List<String>> rows = PdfRows.unbanded(run, edges, rowGap, right);
        // One row over several aligned lines is a table too: a row continued on a new page.
        boolean oneRow = rows.size() == 1 && String.join(" ", rows.get(0)).matches("(?s).*\\d.*");
        if (LayoutTables.isTable(rows) || oneRow) {
          found.add(new Found(rows, LayoutTables.isHeader(rows.get(0)), edges, run.get(0).y()));
          if (j < lines.size()
              && PdfMarginWraps.finishesRow(lines.get(j - 1), lines.get(j), rows, right)) {
            // The run's last cell wrapped to the left margin across the columns: the line ended
            // the run, and it is the rest of that cell, not a paragraph of its own.
            run = lines.subList(i, j + 1);
          }
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
}
