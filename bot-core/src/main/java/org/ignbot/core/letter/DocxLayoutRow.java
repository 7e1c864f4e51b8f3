package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * A Word table of one row, read as the text it lays out: offices put the letterhead (the missions'
 * addresses side by side, the date at the right) and the two Co-Chairs' signatures in such tables,
 * and a schedule is never one row without a header.
 */
final class DocxLayoutRow {
  /** Wide enough that the signatures and the text layout see two columns, as in a PDF. */
  private static final String SIDE_BY_SIDE = "        ";

  private DocxLayoutRow() {}

  /**
   * Whether the table lays out the page: one row, no cell giving a time (a meeting's row does), and
   * a cell of three lines or more (an address block, a name with its titles).
   */
  static boolean isLayout(XWPFTable table) {
    if (table.getRows().size() != 1) {
      return false;
    }
    boolean block = false;
    for (XWPFTableCell cell : table.getRow(0).getTableCells()) {
      if (SittingTimes.span(cell.getText())[0] >= 0) {
        return false;
      }
      block |=
          cell.getParagraphs().stream().filter(paragraph -> !paragraph.getText().isBlank()).count()
              >= 3;
    }
    return block;
  }

  /**
   * A table of one row lays out a page, not a schedule: a letterhead, or two signatures side by
   * side. Its cells' lines are read side by side as a PDF shows them, and a line that is only a
   * date (the letterhead's) stands alone after them, as a letter's date does.
   */
  static String text(XWPFTable table, LayoutBudget budget) {
    StringBuilder text = new StringBuilder();
    List<List<String>> cells = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    for (XWPFTableCell cell : table.getRow(0).getTableCells()) {
      List<String> lines = new ArrayList<>();
      for (XWPFParagraph paragraph : cell.getParagraphs()) {
        String line = LayoutText.clean(paragraph.getText()).strip();
        budget.addChars(line.length());
        (LetterReader.isDateLine(line) ? dates : lines).add(line);
      }
      cells.add(lines);
    }
    text.append('\n');
    int height = cells.stream().mapToInt(List::size).max().orElse(0);
    for (int k = 0; k < height; k++) {
      List<String> side = new ArrayList<>();
      for (List<String> lines : cells) {
        if (k < lines.size() && !lines.get(k).isBlank()) {
          side.add(lines.get(k));
        }
      }
      text.append(String.join(SIDE_BY_SIDE, side)).append('\n');
    }
    dates.forEach(date -> text.append('\n').append(date).append('\n'));
    return text.append('\n').toString();
  }
}
