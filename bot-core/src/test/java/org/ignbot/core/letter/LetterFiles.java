package org.ignbot.core.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ignbot.core.letter.writer.PdfPages;

/**
 * Test letters as files: the text as it is, as a Word .docx (tab-separated lines become a table)
 * and as a PDF (wrapped to the page like a real letter), so that both extraction paths run.
 */
final class LetterFiles {
  enum Format {
    TEXT("txt"),
    DOCX("docx"),
    PDF("pdf");

    final String extension;

    Format(String extension) {
      this.extension = extension;
    }
  }

  private static final float FONT_SIZE = 9;
  private static final float MARGIN = 40;

  private LetterFiles() {}

  static String text(String resource) {
    try {
      return Files.readString(Path.of("src/test/resources/letters", resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] as(Format format, String text) {
    return switch (format) {
      case TEXT -> text.getBytes(StandardCharsets.UTF_8);
      case DOCX -> docx(text);
      case PDF -> pdf(text, 1);
    };
  }

  static byte[] docx(String text) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFTable table = null;
      for (String line : text.split("\n", -1)) {
        if (line.contains("\t")) {
          String[] cells = line.split("\t");
          XWPFTableRow row;
          if (table == null) {
            table = document.createTable(1, cells.length);
            row = table.getRow(0);
          } else {
            row = table.createRow();
          }
          for (int i = 0; i < cells.length; i++) {
            (i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell())
                .setText(cells[i]);
          }
        } else {
          table = null;
          document.createParagraph().createRun().setText(line);
        }
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text on landscape pages, {@code copies} times over (for long letters). */
  static byte[] pdf(String text, int copies) {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDRectangle size =
        new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
    float width = size.getWidth() - 2 * MARGIN;
    List<String> lines = new ArrayList<>();
    for (int copy = 0; copy < copies; copy++) {
      for (String line : text.split("\n", -1)) {
        lines.addAll(PdfPages.wrap(line.replace("\t", "    "), font, FONT_SIZE, width));
      }
    }
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      float leading = FONT_SIZE * 1.4f;
      int perPage = (int) ((size.getHeight() - 2 * MARGIN) / leading);
      for (int from = 0; from < lines.size(); from += perPage) {
        PDPage page = new PDPage(size);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, FONT_SIZE);
          content.setLeading(leading);
          content.newLineAtOffset(MARGIN, size.getHeight() - MARGIN);
          for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF drawn at chosen places: text at (x, y from the top) and lines, page by page. */
  static Drawing drawing() {
    return new Drawing();
  }

  /**
   * Draws text and rulings where a test wants them, y measured from the top of the page, on US
   * Letter pages in Helvetica (11 points unless set), with the writer's {@link PdfPages}.
   */
  static final class Drawing {
    private static final float HEIGHT = PDRectangle.LETTER.getHeight();
    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PdfPages pages = new PdfPages(PDRectangle.LETTER);
    private float size = 11;
    private float[] columns = {};

    /** The font size of the text drawn from now on, 11 points unless set. */
    Drawing size(float points) {
      size = points;
      return this;
    }

    /** Text whose baseline is {@code y} points from the top of the page. */
    Drawing text(float x, float y, String text) {
      pages.text(text, font, size, x, HEIGHT - y);
      return this;
    }

    /** The left edges of the columns {@link #row} draws its cells at. */
    Drawing columns(float... xs) {
      columns = xs.clone();
      return this;
    }

    /** A table line: each non-empty cell at its column's left edge, on the baseline {@code y}. */
    Drawing row(float y, String... cells) {
      for (int c = 0; c < cells.length; c++) {
        if (!cells[c].isEmpty()) {
          text(columns[c], y, cells[c]);
        }
      }
      return this;
    }

    /** A line from (x1, y1) to (x2, y2), y from the top. */
    Drawing line(float x1, float y1, float x2, float y2) {
      pages.line(x1, HEIGHT - y1, x2, HEIGHT - y2, 0.5f);
      return this;
    }

    /** A filled rectangle from (x, y) to (x + width, y + height), y from the top. */
    Drawing box(float x, float y, float width, float height) {
      pages.box(x, HEIGHT - y - height, width, height);
      return this;
    }

    /**
     * The rulings of a table's rows: a line down at each of {@code xs} from the first of {@code ys}
     * to the last, and a line across at each of {@code ys} from the first x to the last.
     */
    Drawing ruled(float[] xs, float... ys) {
      float left = xs[0];
      float right = xs[xs.length - 1];
      for (float x : xs) {
        line(x, ys[0], x, ys[ys.length - 1]);
      }
      for (float y : ys) {
        line(left, y, right, y);
      }
      return this;
    }

    /** The same rulings drawn as filled rectangles {@code thickness} wide, as some writers do. */
    Drawing ruledWithBoxes(float thickness, float[] xs, float... ys) {
      float left = xs[0];
      float top = ys[0];
      for (float x : xs) {
        box(x, top, thickness, ys[ys.length - 1] - top);
      }
      for (float y : ys) {
        box(left, y, xs[xs.length - 1] - left, thickness);
      }
      return this;
    }

    Drawing newPage() {
      pages.newPage();
      return this;
    }

    byte[] pdf() {
      return pages.save();
    }
  }
}
