package org.ignbot.core.letter.writer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.ignbot.core.letter.writer.WrittenLetter.Block;
import org.ignbot.core.letter.writer.WrittenLetter.Paragraph;
import org.ignbot.core.letter.writer.WrittenLetter.Table;

/**
 * A letter drawn as a PDF with PDFBox, each word at a chosen position: paragraphs wrapped to the
 * page, table columns at fixed x positions with each cell wrapped to its column's width (so a cell
 * really runs over several lines), rows moving to the next page when they do not fit, and page
 * numbers in the footer.
 */
final class PdfFiles {
  private static final float PADDING = 3;

  private final PDType1Font font;
  private final PDType1Font bold;
  private final float size;
  private final float leading;
  private final PDRectangle page;
  private final float margin;
  private final boolean repeatHeader;
  private final PdfPages pages;
  private float y;

  private PdfFiles(Random random) {
    boolean times = random.nextBoolean();
    this.font = new PDType1Font(times ? FontName.TIMES_ROMAN : FontName.HELVETICA);
    this.bold = new PDType1Font(times ? FontName.TIMES_BOLD : FontName.HELVETICA_BOLD);
    this.size = 10 + random.nextInt(3);
    this.leading = size * (1.15f + random.nextFloat() * 0.3f);
    this.page = random.nextBoolean() ? PDRectangle.LETTER : PDRectangle.A4;
    this.margin = 56 + random.nextInt(20);
    this.repeatHeader = random.nextBoolean();
    this.pages = new PdfPages(page);
    this.y = page.getHeight() - margin;
  }

  static byte[] render(WrittenLetter letter, Random random) {
    PdfFiles pdf = new PdfFiles(random);
    for (Block block : letter.blocks()) {
      if (block instanceof Paragraph paragraph) {
        pdf.paragraph(paragraph);
      } else if (block instanceof Table table) {
        pdf.table(table);
      }
      pdf.y -= pdf.leading * 0.7f;
    }
    return pdf.save(random.nextInt(3));
  }

  private float width() {
    return page.getWidth() - 2 * margin;
  }

  private float bottom() {
    return margin + 2 * leading;
  }

  private void newPage() {
    pages.newPage();
    y = page.getHeight() - margin;
  }

  private void paragraph(Paragraph paragraph) {
    for (String line : paragraph.lines()) {
      for (String wrapped : wrap(line.replace("\t", "    "), font, width())) {
        if (y - leading < bottom()) {
          newPage();
        }
        y -= leading;
        float x = paragraph.right() ? margin + width() - width(wrapped, font) : margin;
        text(wrapped, font, x, y);
      }
    }
  }

  private void table(Table table) {
    float[] widths = columnWidths(table);
    float[] xs = new float[widths.length + 1];
    xs[0] = margin;
    for (int i = 0; i < widths.length; i++) {
      xs[i + 1] = xs[i] + widths[i];
    }
    List<List<String>> header = table.header().stream().map(List::of).toList();
    row(header, xs, bold, table.borders());
    for (List<List<String>> cells : table.rows()) {
      if (y - height(cells, xs, font) < bottom()) {
        newPage();
        if (repeatHeader) {
          row(header, xs, bold, table.borders());
        }
      }
      row(cells, xs, font, table.borders());
    }
  }

  /**
   * Each column's share of the line, but never narrower than its longest word, as a word processor
   * sizes columns: a cell wraps between words, never through one.
   */
  private float[] columnWidths(Table table) {
    int columns = table.widths().size();
    float[] widths = new float[columns];
    float[] least = new float[columns];
    for (int column = 0; column < columns; column++) {
      least[column] = longestWord(table.header().get(column), bold) + 2 * PADDING;
      for (List<List<String>> row : table.rows()) {
        for (String line : row.get(column)) {
          least[column] = Math.max(least[column], longestWord(line, font) + 2 * PADDING);
        }
      }
      widths[column] = Math.max(least[column], (float) (table.widths().get(column) * width()));
    }
    float excess = -width();
    float slack = 0;
    for (int column = 0; column < columns; column++) {
      excess += widths[column];
      slack += widths[column] - least[column];
    }
    if (excess > 0 && slack > 0) {
      float shrink = Math.min(1, excess / slack);
      for (int column = 0; column < columns; column++) {
        widths[column] -= (widths[column] - least[column]) * shrink;
      }
    }
    return widths;
  }

  private float longestWord(String line, PDType1Font textFont) {
    float longest = 0;
    for (String word : line.split(" ")) {
      longest = Math.max(longest, width(word, textFont));
    }
    return longest;
  }

  private float height(List<List<String>> cells, float[] xs, PDType1Font cellFont) {
    int lines = 1;
    for (int column = 0; column < cells.size(); column++) {
      lines = Math.max(lines, cellLines(cells.get(column), xs, column, cellFont).size());
    }
    return lines * leading + 2 * PADDING;
  }

  private List<String> cellLines(List<String> cell, float[] xs, int column, PDType1Font cellFont) {
    List<String> lines = new ArrayList<>();
    for (String line : cell) {
      lines.addAll(wrap(line, cellFont, xs[column + 1] - xs[column] - 2 * PADDING));
    }
    return lines;
  }

  private void row(List<List<String>> cells, float[] xs, PDType1Font cellFont, boolean borders) {
    float height = height(cells, xs, cellFont);
    float top = y;
    for (int column = 0; column < cells.size(); column++) {
      float baseline = top - PADDING;
      for (String line : cellLines(cells.get(column), xs, column, cellFont)) {
        baseline -= leading;
        text(line, cellFont, xs[column] + PADDING, baseline + (leading - size) / 2);
      }
    }
    y = top - height;
    if (borders) {
      line(xs[0], top, xs[xs.length - 1], top);
      line(xs[0], y, xs[xs.length - 1], y);
      for (float x : xs) {
        line(x, top, x, y);
      }
    }
  }

  private void text(String text, PDType1Font textFont, float x, float baseline) {
    pages.text(text, textFont, size, x, baseline);
  }

  private void line(float x, float y1, float x2, float y2) {
    pages.line(x, y1, x2, y2, 1);
  }

  /** The pages with their numbers in the footer: 1, "Page 1 of 3" or "- 1 -". */
  private byte[] save(int numbering) {
    for (int number = 1; number <= pages.count(); number++) {
      String footer =
          switch (numbering) {
            case 0 -> Integer.toString(number);
            case 1 -> "Page " + number + " of " + pages.count();
            default -> "- " + number + " -";
          };
      pages.text(
          number - 1, footer, font, size, (page.getWidth() - width(footer, font)) / 2, margin / 2);
    }
    return pages.save();
  }

  private List<String> wrap(String line, PDType1Font textFont, float available) {
    return PdfPages.wrap(line, textFont, size, available);
  }

  private float width(String text, PDType1Font textFont) {
    return PdfPages.width(text, textFont, size);
  }
}
