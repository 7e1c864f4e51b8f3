package org.ignbot.core.letter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.ignbot.core.letter.LetterLayout.Block;
import org.ignbot.core.letter.PdfGlyphs.Page;
import org.ignbot.core.letter.PdfLines.Line;
import org.ignbot.core.letter.PdfTables.Found;
import org.ignbot.core.text.InvalidInputException;

/**
 * Lays out a PDF from where its glyphs stand (PDFBox {@code TextPosition}s): lines by baseline,
 * paragraphs by the vertical gaps between lines, tables from rulings or aligned segments. Page
 * numbers and running headers are dropped, a paragraph cut by a page break goes on, and a table
 * continued on the next page (its header repeated or not, a row cut in two) stays one table.
 */
final class PdfLayout {
  static final int MAX_PAGES = 100;

  /** A page number stands at least this many font sizes below the text above it. */
  private static final float FOOTER_GAP = 1.6f;

  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?i)^(page\\s*)?[-–—(]?\\s*\\d{1,3}\\s*[-–—)]?(\\s*(of|/)\\s*\\d{1,3})?$");

  private PdfLayout() {}

  static List<Block> blocks(byte[] content, LayoutBudget budget) {
    List<Page> pages;
    try (PDDocument document = Loader.loadPDF(content)) {
      if (document.getNumberOfPages() > MAX_PAGES) {
        throw new InvalidInputException(
            budget.name() + " has " + document.getNumberOfPages() + " pages; a letter has a few.");
      }
      PdfStreams.check(document.getDocument(), budget);
      PdfGlyphs glyphs = new PdfGlyphs(budget);
      glyphs.setSortByPosition(false);
      glyphs.getText(document);
      pages = glyphs.pages();
    } catch (InvalidPasswordException e) {
      throw new InvalidInputException(
          budget.name() + " is an encrypted PDF. Send it without a password, or paste its text.");
    } catch (IOException e) {
      throw new InvalidInputException(
          budget.name() + " is not a PDF I can read. Send the letter as PDF, .docx or text.");
    }
    if (pages.stream().allMatch(page -> page.glyphs().stream().allMatch(g -> g.text().isBlank()))) {
      throw new InvalidInputException(
          budget.name()
              + " has no text layer (a scan?). Send the letter as a PDF with text, a .docx,"
              + " or paste its text after `import`.");
    }
    return layout(pages, budget);
  }

  private static List<Block> layout(List<Page> pages, LayoutBudget budget) {
    List<List<Line>> lines = new ArrayList<>();
    for (Page page : pages) {
      budget.checkTime();
      lines.add(cleanLines(PdfLines.lines(page.glyphs())));
    }
    dropRunningHeads(lines);
    List<Object> items = new ArrayList<>();
    PdfTables.RowGap rowGap = new PdfTables.RowGap();
    for (int p = 0; p < pages.size(); p++) {
      budget.checkTime();
      List<Line> remaining = new ArrayList<>(lines.get(p));
      List<Found> tables =
          new ArrayList<>(
              PdfRuledTables.ruled(
                  remaining, pages.get(p).rulings(), pages.get(p).height(), rowGap));
      tables.addAll(PdfAlignedTables.aligned(remaining, rowGap));
      List<Object> page = new ArrayList<>(remaining);
      page.addAll(tables);
      page.sort(Comparator.comparingDouble(PdfLayout::top));
      if (!page.isEmpty()) {
        items.add(new PdfBlocks.PageBreak());
      }
      items.addAll(page);
    }
    return PdfBlocks.of(items);
  }

  private static double top(Object item) {
    return item instanceof Line line ? line.y() : ((Found) item).top();
  }

  private static List<Line> cleanLines(List<Line> lines) {
    List<Line> clean = new ArrayList<>();
    for (Line line : lines) {
      List<PdfLines.Segment> segments = new ArrayList<>();
      for (PdfLines.Segment segment : line.segments()) {
        List<PdfLines.Word> words = new ArrayList<>();
        for (PdfLines.Word word : segment.words()) {
          String text = LayoutText.clean(word.text()).replaceAll("\\s+", "");
          if (!text.isEmpty()) {
            words.add(new PdfLines.Word(text, word.x(), word.end()));
          }
        }
        if (!words.isEmpty()) {
          segments.add(new PdfLines.Segment(words, segment.x(), segment.end()));
        }
      }
      if (!segments.isEmpty()) {
        clean.add(new Line(line.y(), line.size(), segments));
      }
    }
    return clean;
  }

  /** Drops page numbers and the lines that head or foot every page the same way. */
  private static void dropRunningHeads(List<List<Line>> pages) {
    Map<String, Integer> edges = new HashMap<>();
    for (List<Line> page : pages) {
      if (!page.isEmpty()) {
        edges.merge(edgeKey(page.get(0), "top"), 1, Integer::sum);
        if (page.size() > 1) {
          edges.merge(edgeKey(page.get(page.size() - 1), "bottom"), 1, Integer::sum);
        }
      }
    }
    for (List<Line> page : pages) {
      for (int pass = 0; pass < 2 && !page.isEmpty(); pass++) {
        int last = page.size() - 1;
        Line bottom = page.get(last);
        if ((PAGE_NUMBER.matcher(bottom.text().strip()).matches() && standsApart(page, last))
            || (pages.size() > 1 && edges.getOrDefault(edgeKey(bottom, "bottom"), 0) > 1)) {
          page.remove(last);
        }
      }
      for (int pass = 0; pass < 2 && !page.isEmpty(); pass++) {
        Line top = page.get(0);
        if (PAGE_NUMBER.matcher(top.text().strip()).matches()
            || (pages.size() > 1 && edges.getOrDefault(edgeKey(top, "top"), 0) > 1)) {
          page.remove(0);
        }
      }
    }
  }

  /**
   * Whether the page's line {@code index} stands further below the line above than a wrapped line
   * does: a page number in the footer does, a cell's last line wrapped to the foot of the page
   * ("Conference Room" / "4") does not.
   */
  private static boolean standsApart(List<Line> page, int index) {
    if (index == 0) {
      return true;
    }
    Line above = page.get(index - 1);
    Line line = page.get(index);
    return line.y() - above.y() > FOOTER_GAP * Math.max(above.size(), line.size());
  }

  private static String edgeKey(Line line, String edge) {
    return edge
        + Math.round(line.y() / 4)
        + line.text().replaceAll("\\d+", "#").toLowerCase(Locale.ROOT);
  }
}
