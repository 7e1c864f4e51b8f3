package org.ignbot.core.letter;

import java.util.List;
import java.util.regex.Pattern;
import org.ignbot.core.letter.PdfLines.Line;
import org.ignbot.core.letter.PdfLines.Word;

/**
 * Tells a line that a list typed across the page wrapped to its left margin ("... the General
 * Assembly (General" / "Assembly Hall)") from a new row or a wrapped key cell: the lone line under
 * the first column is the rest of the row above's last cell when that cell is left open (an
 * unclosed bracket), or when the line above reached the page's right edge and the key cell above is
 * a whole date that nothing finishes.
 */
final class PdfMarginWraps {
  /** A word space's width as a share of the font size. */
  private static final float SPACE = 0.28f;

  private static final float SLACK = 3f;

  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

  private PdfMarginWraps() {}

  /**
   * Whether {@code line}, laid into {@code cells}, goes on in the last filled cell of {@code row},
   * whose last line is {@code above}; {@code right} is the end of the page's widest line.
   */
  static boolean wrapsLastCell(
      Line above, Line line, List<String> row, List<String> cells, float right) {
    if (line.segments().size() != 1 || cells.get(0).isEmpty()) {
      return false;
    }
    String next = cells.get(0);
    int last = lastFilled(row);
    if (last == 0 || LayoutTables.isDate(next)) {
      return false;
    }
    if (opensBracket(row.get(last)) && next.indexOf(')') >= 0) {
      // It closes the bracket, also in lower case ("(10:30" / "a.m. – 1:00 p.m.)").
      return true;
    }
    if (LayoutTables.continuesKey(row.get(0), next)) {
      return false;
    }
    if (opensBracket(row.get(last))) {
      return true;
    }
    return wholeDate(row.get(0)) && reachesMargin(above, line, right);
  }

  /**
   * Whether {@code line}, which ended a run of aligned lines by crossing its columns, is the rest
   * of the last row's last filled cell, whose last line is {@code above}; it is joined to that cell
   * when so. The lone line stands close under the row, names no date and goes on where the row left
   * a bracket open or reached the page's right edge ({@code right}).
   */
  static boolean finishesRow(Line above, Line line, List<List<String>> rows, float right) {
    List<String> row = rows.get(rows.size() - 1);
    int last = lastFilled(row);
    if (line.segments().size() != 1
        || above.segments().size() < 2
        || line.y() - above.y() > 2.0f * Math.max(above.size(), line.size())
        || Math.abs(line.x() - above.x()) > SLACK
        || last == 0
        || LayoutTables.isDate(line.text())
        || !(opensBracket(row.get(last))
            || (LayoutTables.isDate(row.get(0)) && reachesMargin(above, line, right)))) {
      return false;
    }
    row.set(last, LayoutTables.join(row.get(last), line.text()));
    return true;
  }

  /** The last cell of a row with text in it (0 when only the key is filled). */
  static int lastFilled(List<String> row) {
    int last = row.size() - 1;
    while (last > 0 && row.get(last).isBlank()) {
      last--;
    }
    return last;
  }

  private static boolean opensBracket(String cell) {
    return cell.lastIndexOf('(') > cell.lastIndexOf(')');
  }

  /**
   * A key cell that names a day with its month (and year, if any): a wrap cannot finish it, since a
   * year alone on the next line has already been taken for the rest of the key.
   */
  private static boolean wholeDate(String key) {
    return LayoutTables.isDate(key) && (YEAR.matcher(key).find() || LayoutTables.isDayOfMonth(key));
  }

  /** Whether the line's first word would not have fitted at the end of the line above. */
  private static boolean reachesMargin(Line above, Line line, float right) {
    if (above.segments().size() < 2) {
      return false;
    }
    Word first = line.words().get(0);
    return above.end() + SPACE * line.size() + (first.end() - first.x()) > right + SLACK;
  }
}
