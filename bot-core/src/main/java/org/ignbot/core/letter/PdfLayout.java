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
import org.ignbot.core.letter.LetterLayout.Paragraph;
import org.ignbot.core.letter.LetterLayout.Table;
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

  /** A gap between lines wider than this many font sizes starts a new paragraph. */
  private static final float PARAGRAPH_GAP = 1.6f;

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
              PdfTables.ruled(remaining, pages.get(p).rulings(), pages.get(p).height(), rowGap));
      tables.addAll(PdfTables.aligned(remaining, rowGap));
      List<Object> page = new ArrayList<>(remaining);
      page.addAll(tables);
      page.sort(Comparator.comparingDouble(PdfLayout::top));
      if (!page.isEmpty()) {
        items.add(new PageBreak());
      }
      items.addAll(page);
    }
    return blocks(items);
  }

  private record PageBreak() {}

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
        if (PAGE_NUMBER.matcher(bottom.text().strip()).matches()
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

  private static String edgeKey(Line line, String edge) {
    return edge
        + Math.round(line.y() / 4)
        + line.text().replaceAll("\\d+", "#").toLowerCase(Locale.ROOT);
  }

  /** Paragraphs from lines, tables as found, and what a page break cut joined again. */
  private static List<Block> blocks(List<Object> items) {
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
