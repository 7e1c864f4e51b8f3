package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.List;
import org.ignbot.core.letter.LetterLayout.Block;
import org.ignbot.core.letter.LetterLayout.Paragraph;
import org.ignbot.core.letter.LetterLayout.Table;
import org.ignbot.core.letter.PdfLines.Line;
import org.ignbot.core.letter.PdfTables.Found;

/**
 * A PDF's lines and tables, in reading order, made blocks: lines become paragraphs by their
 * vertical gaps, a paragraph cut by a page break goes on, and a table continued on the next page
 * (its header repeated or not, a row cut in two) stays one table.
 */
final class PdfBlocks {
  /** A gap between lines wider than this many font sizes starts a new paragraph. */
  private static final float PARAGRAPH_GAP = 1.6f;

  /** Where a new page starts among the items. */
  record PageBreak() {}

  private PdfBlocks() {}

  /** Paragraphs from lines, tables as found, and what a page break cut joined again. */
  static List<Block> of(List<Object> items) {
    List<Block> blocks = new ArrayList<>();
    List<String> paragraph = new ArrayList<>();
    Line previous = null;
    Found table = null;
    boolean pageBreak = false;
    for (Object item : items) {
      if (item instanceof PageBreak) {
        pageBreak = true;
        previous = null;
        continue;
      }
      if (item instanceof Line line) {
        if (table != null) {
          blocks.add(asTable(table));
          table = null;
        }
        boolean newParagraph;
        if (pageBreak) {
          newParagraph = paragraph.isEmpty() || endsSentence(paragraph.get(paragraph.size() - 1));
        } else {
          newParagraph =
              previous == null
                  || line.y() - previous.y()
                      > PARAGRAPH_GAP * Math.max(line.size(), previous.size());
        }
        if (newParagraph && !paragraph.isEmpty()) {
          blocks.add(new Paragraph(paragraph));
          paragraph = new ArrayList<>();
        }
        paragraph.add(line.text());
        previous = line;
      } else {
        Found found = (Found) item;
        if (!paragraph.isEmpty()) {
          blocks.add(new Paragraph(paragraph));
          paragraph = new ArrayList<>();
        }
        if (table != null && pageBreak && continues(table, found)) {
          table = merge(table, found);
        } else {
          if (table != null) {
            blocks.add(asTable(table));
          }
          table = found;
        }
        previous = null;
      }
      pageBreak = false;
    }
    if (table != null) {
      blocks.add(asTable(table));
    }
    if (!paragraph.isEmpty()) {
      blocks.add(new Paragraph(paragraph));
    }
    return blocks;
  }

  private static boolean endsSentence(String line) {
    return line.matches("(?s).*[.!?:;]\\W{0,2}$");
  }

  /** The next page's table goes on with the one before: the same columns. */
  private static boolean continues(Found before, Found next) {
    if (before.columns().size() != next.columns().size()) {
      return false;
    }
    for (int c = 0; c < before.columns().size(); c++) {
      if (Math.abs(before.columns().get(c) - next.columns().get(c)) > 6) {
        return false;
      }
    }
    return true;
  }

  private static Found merge(Found before, Found next) {
    List<List<String>> rows = new ArrayList<>(before.rows());
    List<List<String>> more = new ArrayList<>(next.rows());
    if (!more.isEmpty()
        && (next.header() || (before.header() && LayoutTables.sameRow(rows.get(0), more.get(0))))) {
      more.remove(0);
    }
    if (!more.isEmpty() && !rows.isEmpty()) {
      List<String> last = rows.get(rows.size() - 1);
      List<String> first = more.get(0);
      boolean lastIsHeader = before.header() && rows.size() == 1;
      if (!lastIsHeader && LayoutTables.continuesKey(last.get(0), first.get(0))) {
        List<String> joined = new ArrayList<>();
        for (int c = 0; c < last.size(); c++) {
          joined.add(LayoutTables.join(last.get(c), c < first.size() ? first.get(c) : ""));
        }
        rows.set(rows.size() - 1, joined);
        more.remove(0);
      }
    }
    rows.addAll(more);
    return new Found(rows, before.header(), before.columns(), before.top());
  }

  private static Table asTable(Found found) {
    return new Table(LayoutTables.square(found.rows()), found.header());
  }
}
