package org.ignbot.core.letter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ignbot.core.letter.LetterLayout.Block;
import org.ignbot.core.letter.LetterLayout.Table;
import org.ignbot.core.text.InvalidInputException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Lays out a Word .docx: its paragraphs and tables in document order. A table row gets one cell per
 * grid column: a cell spanning columns repeats in each, a cell merged down from the row above
 * repeats the value above. Before POI builds anything, the zip's entries are inflated once with a
 * count, so a file whose parts add up to more than a letter could hold is refused cheaply.
 */
final class DocxLayout {
  /** A letter's parts inflate to a few megabytes even with a logo; this is far above that. */
  static final long MAX_INFLATED = 32L * 1024 * 1024;

  /** An entry inflating more than this many times its compressed size is a zip bomb. */
  private static final int BOMB_RATIO = 100;

  private static final long BOMB_GRACE = 1024 * 1024;
  private static final Pattern EMAIL_HEADER =
      Pattern.compile("(?i)^\\s*(from|sent|to|cc|bcc|subject|date|importance)\\s*:.*");

  static {
    // POI's own per-entry guards stay as a second line behind the count below.
    ZipSecureFile.setMinInflateRatio(1.0 / BOMB_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_INFLATED);
  }

  private DocxLayout() {}

  static List<Block> blocks(byte[] content, LayoutBudget budget) {
    checkInflatedSize(content, budget);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
      List<Block> blocks = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      String previous = null;
      for (IBodyElement element : document.getBodyElements()) {
        budget.checkTime();
        if (element instanceof XWPFTable table && DocxLayoutRow.isLayout(table)) {
          text.append(DocxLayoutRow.text(table, budget));
          previous = null;
        } else if (element instanceof XWPFTable table) {
          flushText(text, blocks);
          previous = null;
          Table laid = table(table, budget);
          if (!laid.rows().isEmpty()) {
            blocks.add(laid);
          }
        } else {
          String paragraph =
              element instanceof XWPFParagraph p
                  ? p.getText()
                  : element instanceof XWPFSDT sdt ? sdt.getContent().getText() : "";
          paragraph = LayoutText.clean(paragraph);
          budget.addChars(paragraph.length());
          if (previous != null && !sameGroup(previous, paragraph)) {
            text.append('\n');
          }
          text.append(paragraph).append('\n');
          previous = paragraph;
        }
      }
      flushText(text, blocks);
      return blocks;
    } catch (EncryptedDocumentException e) {
      throw new InvalidInputException(
          budget.name() + " is password-protected. Send it without a password, or paste its text.");
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException refusal) {
        throw refusal;
      }
      String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("zip bomb") || message.contains("max entry size")) {
        throw zipBomb(budget);
      }
      throw new InvalidInputException(
          budget.name()
              + " is not a Word .docx file I can read. Send the letter as PDF, .docx or text.");
    }
  }

  /**
   * Word paragraphs are paragraphs; consecutive ones stay lines of one block only when they are
   * rows typed with tabs or an e-mail header, so that the text layout sees them together.
   */
  private static boolean sameGroup(String previous, String paragraph) {
    if (previous.isBlank() || paragraph.isBlank()) {
      return true;
    }
    return (previous.contains("\t") && paragraph.contains("\t"))
        || (EMAIL_HEADER.matcher(previous).matches() && EMAIL_HEADER.matcher(paragraph).matches());
  }

  private static void flushText(StringBuilder text, List<Block> blocks) {
    blocks.addAll(TextLayout.blocks(text.toString()));
    text.setLength(0);
  }

  private static Table table(XWPFTable table, LayoutBudget budget) {
    List<List<String>> rows = new ArrayList<>();
    List<String> above = List.of();
    for (XWPFTableRow row : table.getRows()) {
      budget.checkTime();
      List<String> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        int span = span(properties);
        boolean mergedFromAbove = mergedFromAbove(properties);
        String text = mergedFromAbove ? "" : cellText(cell, budget);
        budget.addChars(text.length());
        for (int k = 0; k < span; k++) {
          int column = cells.size();
          cells.add(mergedFromAbove && column < above.size() ? above.get(column) : text);
        }
      }
      if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
        rows.add(cells);
      }
      above = cells;
    }
    rows = LayoutTables.square(rows);
    return new Table(rows, !rows.isEmpty() && LayoutTables.isHeader(rows.get(0)));
  }

  private static int span(CTTcPr properties) {
    if (properties == null || !properties.isSetGridSpan()) {
      return 1;
    }
    BigInteger span = properties.getGridSpan().getVal();
    return span == null ? 1 : Math.max(1, Math.min(span.intValue(), 64));
  }

  private static boolean mergedFromAbove(CTTcPr properties) {
    if (properties == null || !properties.isSetVMerge()) {
      return false;
    }
    STMerge.Enum value = properties.getVMerge().getVal();
    return value == null || value == STMerge.CONTINUE;
  }

  /** A cell's paragraphs (and any table nested in it) joined with spaces. */
  private static String cellText(XWPFTableCell cell, LayoutBudget budget) {
    String text = "";
    for (IBodyElement element : cell.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph) {
        for (String line : LayoutText.clean(paragraph.getText()).split("\n")) {
          text = LayoutTables.join(text, line.replace('\t', ' '));
        }
      } else if (element instanceof XWPFTable nested) {
        for (List<String> row : table(nested, budget).rows()) {
          text = LayoutTables.join(text, String.join(" ", row));
        }
      }
    }
    return text.replaceAll(" {2,}", " ").strip();
  }

  /**
   * Inflates every entry once, counting: the sum of all parts is capped, not only each one, and an
   * entry inflating a hundred times its size is a zip bomb.
   */
  private static void checkInflatedSize(byte[] content, LayoutBudget budget) {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        long inflated = 0;
        int read;
        while ((read = zip.read(buffer)) > 0) {
          inflated += read;
          total += read;
          if (total > MAX_INFLATED) {
            throw total > (long) BOMB_RATIO * content.length
                ? zipBomb(budget)
                : new InvalidInputException(
                    budget.name()
                        + " inflates to more than "
                        + MAX_INFLATED / (1024 * 1024)
                        + " MB; a letter's .docx holds far less. It was not read.");
          }
        }
        budget.checkTime();
        long compressed = entry.getCompressedSize();
        if (inflated > BOMB_GRACE && compressed > 0 && inflated > BOMB_RATIO * compressed) {
          throw zipBomb(budget);
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException(
          budget.name()
              + " is not a Word .docx file I can read. Send the letter as PDF, .docx or text.");
    }
  }

  private static InvalidInputException zipBomb(LayoutBudget budget) {
    return new InvalidInputException(
        budget.name() + " inflates far beyond its size (a zip bomb?); it was not read.");
  }
}
