package org.ignbot.core.letter.writer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * Pages drawn item by item with PDFBox and saved as one PDF: text on a baseline, ruled lines and
 * filled boxes, in PDF coordinates (y up from the foot of the page). The one drawing code of the
 * writer's PDF letters ({@link PdfFiles}) and of the layout tests' hand-drawn pages.
 */
public final class PdfPages {
  private final PDRectangle size;
  private final List<List<Item>> pages = new ArrayList<>();

  /** Something drawn on a page. */
  private sealed interface Item {
    void draw(PDPageContentStream content) throws IOException;
  }

  private record Text(String text, PDType1Font font, float size, float x, float baseline)
      implements Item {
    @Override
    public void draw(PDPageContentStream content) throws IOException {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, baseline);
      content.showText(text);
      content.endText();
    }
  }

  private record Line(float x1, float y1, float x2, float y2, float width) implements Item {
    @Override
    public void draw(PDPageContentStream content) throws IOException {
      content.setLineWidth(width);
      content.moveTo(x1, y1);
      content.lineTo(x2, y2);
      content.stroke();
    }
  }

  private record Box(float x, float y, float width, float height) implements Item {
    @Override
    public void draw(PDPageContentStream content) throws IOException {
      content.addRect(x, y, width, height);
      content.fill();
    }
  }

  /** Pages of this size, the first one begun. */
  public PdfPages(PDRectangle size) {
    this.size = size;
    newPage();
  }

  /** The size of every page. */
  public PDRectangle size() {
    return size;
  }

  /** How many pages are begun. */
  public int count() {
    return pages.size();
  }

  /** Begins a page: what is drawn from now on goes on it. */
  public PdfPages newPage() {
    pages.add(new ArrayList<>());
    return this;
  }

  /** Text on the current page, starting at {@code x} on the baseline {@code baseline}. */
  public PdfPages text(String text, PDType1Font font, float size, float x, float baseline) {
    return text(pages.size() - 1, text, font, size, x, baseline);
  }

  /** Text on page {@code page} (from 0): a footer added once the page count is known. */
  public PdfPages text(
      int page, String text, PDType1Font font, float size, float x, float baseline) {
    pages.get(page).add(new Text(text, font, size, x, baseline));
    return this;
  }

  /** A ruled line of {@code width} points from (x1, y1) to (x2, y2). */
  public PdfPages line(float x1, float y1, float x2, float y2, float width) {
    pages.get(pages.size() - 1).add(new Line(x1, y1, x2, y2, width));
    return this;
  }

  /** A filled rectangle with its lower left corner at (x, y). */
  public PdfPages box(float x, float y, float width, float height) {
    pages.get(pages.size() - 1).add(new Box(x, y, width, height));
    return this;
  }

  /**
   * {@code line} broken between words into lines no wider than {@code available} points (a word
   * wider than that stands alone); spaces are kept as they are.
   */
  public static List<String> wrap(String line, PDType1Font font, float size, float available) {
    List<String> wrapped = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : line.split(" ", -1)) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (!current.isEmpty() && width(candidate, font, size) > available) {
        wrapped.add(current.toString());
        current = new StringBuilder(word);
      } else {
        current = new StringBuilder(candidate);
      }
    }
    wrapped.add(current.toString());
    return wrapped;
  }

  /** How wide {@code text} is in this font at this size, in points. */
  public static float width(String text, PDType1Font font, float size) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pages as one PDF file. */
  public byte[] save() {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (List<Item> items : pages) {
        PDPage page = new PDPage(size);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          for (Item item : items) {
            item.draw(content);
          }
        }
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
