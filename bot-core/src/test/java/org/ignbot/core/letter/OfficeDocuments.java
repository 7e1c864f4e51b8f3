package org.ignbot.core.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Builds Word documents the way a mission's or the President's office lays them out, so that the
 * unseen documents test the reader on real Word structure rather than on text typed with tabs:
 * letterhead in a borderless table, the date at the right, a header and footer with page numbers
 * (Word fields), tables whose header row repeats on each page, dates merged down over the morning
 * and afternoon rows (vMerge), a date row spanning the table (gridSpan), a two-column signature
 * table and an annex on a new page.
 */
final class OfficeDocuments {
  private final XWPFDocument document = new XWPFDocument();

  /** A row's cell text; {@link #MERGED} continues the cell above (Word's vMerge). */
  static final String MERGED = "\u0000merged";

  /** A row holding only this cell spans the whole table (Word's gridSpan). */
  static final String SPAN = "\u0000span:";

  OfficeDocuments letterhead(List<String> left, List<String> right) {
    XWPFTable table = document.createTable(1, 2);
    noBorders(table);
    lines(table.getRow(0).getCell(0), left, ParagraphAlignment.LEFT);
    lines(table.getRow(0).getCell(1), right, ParagraphAlignment.RIGHT);
    return this;
  }

  OfficeDocuments text(String... paragraphs) {
    for (String paragraph : paragraphs) {
      document.createParagraph().createRun().setText(paragraph);
    }
    return this;
  }

  OfficeDocuments right(String line) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.RIGHT);
    paragraph.createRun().setText(line);
    return this;
  }

  /** A heading that starts a new page, as an annex does. */
  OfficeDocuments newPage(String heading) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setPageBreak(true);
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    paragraph.createRun().setText(heading);
    return this;
  }

  /**
   * A bordered table whose first row repeats on each page; {@code height} in twips makes rows tall
   * enough for the table to run onto the next page (0 leaves Word's height).
   */
  OfficeDocuments table(int height, List<List<String>> rows) {
    int columns = rows.get(0).size();
    XWPFTable table = document.createTable(rows.size(), columns);
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r);
      if (r == 0) {
        row.setRepeatHeader(true);
      } else if (height > 0) {
        row.setHeight(height);
      }
      List<String> cells = rows.get(r);
      if (cells.size() == 1 && cells.get(0).startsWith(SPAN)) {
        span(row, columns, cells.get(0).substring(SPAN.length()));
        continue;
      }
      for (int c = 0; c < columns; c++) {
        cell(row.getCell(c), cells.get(c), r + 1 < rows.size() && below(rows, r, c));
      }
    }
    return this;
  }

  /** Two signatures side by side in a borderless table. */
  OfficeDocuments signatures(List<String> left, List<String> right) {
    XWPFTable table = document.createTable(1, 2);
    noBorders(table);
    lines(table.getRow(0).getCell(0), left, ParagraphAlignment.LEFT);
    lines(table.getRow(0).getCell(1), right, ParagraphAlignment.LEFT);
    return this;
  }

  /** A footer "Page N of M" on every page, made of Word's PAGE and NUMPAGES fields. */
  OfficeDocuments pageOfPages(String before) {
    XWPFParagraph paragraph = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    paragraph.createRun().setText(before + "Page ");
    field(paragraph, "PAGE");
    paragraph.createRun().setText(" of ");
    field(paragraph, "NUMPAGES");
    return this;
  }

  /** A header "- N -" on every page, with a running title such as the Journal's. */
  OfficeDocuments dashPage(String title) {
    XWPFParagraph paragraph = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    paragraph.createRun().setText(title + "- ");
    field(paragraph, "PAGE");
    paragraph.createRun().setText(" -");
    return this;
  }

  byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.write(out);
      document.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean below(List<List<String>> rows, int r, int c) {
    List<String> next = rows.get(r + 1);
    return next.size() > c && MERGED.equals(next.get(c));
  }

  private static void cell(XWPFTableCell cell, String text, boolean mergesDown) {
    CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : null;
    if (MERGED.equals(text)) {
      cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
      return;
    }
    if (mergesDown) {
      (properties == null ? cell.getCTTc().addNewTcPr() : properties)
          .addNewVMerge()
          .setVal(STMerge.RESTART);
    }
    lines(cell, List.of(text.split("\n")), ParagraphAlignment.LEFT);
  }

  private static void span(XWPFTableRow row, int columns, String text) {
    for (int c = columns - 1; c > 0; c--) {
      row.removeCell(c);
    }
    XWPFTableCell cell = row.getCell(0);
    cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns));
    lines(cell, List.of(text), ParagraphAlignment.LEFT);
  }

  private static void lines(XWPFTableCell cell, List<String> lines, ParagraphAlignment alignment) {
    for (int i = 0; i < lines.size(); i++) {
      XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
      paragraph.setAlignment(alignment);
      paragraph.createRun().setText(lines.get(i));
    }
  }

  private static void noBorders(XWPFTable table) {
    table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
  }

  private static void field(XWPFParagraph paragraph, String instruction) {
    CTSimpleField field = paragraph.getCTP().addNewFldSimple();
    field.setInstr(instruction);
    field.addNewR().addNewT().setStringValue("1");
  }
}
