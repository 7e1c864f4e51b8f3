package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.ignbot.core.letter.LetterLayout.Block;
import org.ignbot.core.letter.LetterLayout.Paragraph;
import org.ignbot.core.letter.LetterLayout.Table;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Word files lay out in document order, with one cell per column in every table row. */
class LayoutDocxTests {
  @Test
  void mergedCellsRepeatDownTheRowsAndAcrossTheColumnsTheySpan() throws IOException {
    byte[] docx;
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("We are pleased to convene:");
      XWPFTable table = document.createTable(4, 4);
      fill(table, 0, "Date", "Time", "Venue", "Topic");
      fill(table, 1, "Monday, 9 March 2026", "10:00 – 13:00", "Conference Room 4", "The veto");
      fill(table, 2, "", "15:00 – 18:00", "", "");
      mergeDown(table.getRow(2).getCell(0));
      mergeDown(table.getRow(2).getCell(2));
      mergeDown(table.getRow(2).getCell(3));
      // The last row: one cell spanning Time and Venue, so three cells for four columns.
      fill(table, 3, "Tuesday, 10 March 2026", "Postponed", "", "Regional representation");
      table.getRow(3).removeCell(2);
      table.getRow(3).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
      document.createParagraph().createRun().setText("The Co-Chairs");
      document.write(out);
      docx = out.toByteArray();
    }

    LetterLayout layout = LetterLayouts.read("merged.docx", docx);

    assertThat(layout.blocks()).hasSize(3);
    Table table = (Table) layout.blocks().get(1);
    assertThat(table.header()).isTrue();
    assertThat(table.rows())
        .containsExactly(
            List.of("Date", "Time", "Venue", "Topic"),
            List.of("Monday, 9 March 2026", "10:00 – 13:00", "Conference Room 4", "The veto"),
            List.of("Monday, 9 March 2026", "15:00 – 18:00", "Conference Room 4", "The veto"),
            List.of("Tuesday, 10 March 2026", "Postponed", "Postponed", "Regional representation"));
  }

  @Test
  void paragraphsAndTablesComeInDocumentOrderAndACellsParagraphsJoinWithASpace()
      throws IOException {
    byte[] docx;
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("Excellency,");
      XWPFTable table = document.createTable(1, 2);
      table.getRow(0).getCell(0).setText("19 November 2024");
      table.getRow(0).getCell(1).setText("10:00am-1:00pm");
      table.getRow(0).getCell(1).addParagraph().createRun().setText("3:00pm-6:00pm");
      document.createParagraph().createRun().setText("Thursday, 21 November 2024\t10 a.m.\tRoom 4");
      document.createParagraph().createRun().setText("Friday, 22 November 2024\t3 p.m.\tRoom 5");
      document.createParagraph().createRun().setText("From: Office of the Co-Chairs");
      document.createParagraph().createRun().setText("Sent: Monday, 18 November 2024");
      document.write(out);
      docx = out.toByteArray();
    }

    LetterLayout layout = LetterLayouts.read("order.docx", docx);

    assertThat(layout.blocks()).hasSize(4);
    assertThat(layout.blocks().get(0)).isEqualTo(new Paragraph(List.of("Excellency,")));
    assertThat(((Table) layout.blocks().get(1)).rows())
        .containsExactly(List.of("19 November 2024", "10:00am-1:00pm 3:00pm-6:00pm"));
    assertThat(((Table) layout.blocks().get(2)).rows())
        .containsExactly(
            List.of("Thursday, 21 November 2024", "10 a.m.", "Room 4"),
            List.of("Friday, 22 November 2024", "3 p.m.", "Room 5"));
    assertThat(layout.blocks().get(3))
        .extracting(Block::text)
        .isEqualTo("From: Office of the Co-Chairs\nSent: Monday, 18 November 2024");
  }

  private static void fill(XWPFTable table, int row, String... cells) {
    for (int c = 0; c < cells.length; c++) {
      table.getRow(row).getCell(c).setText(cells[c]);
    }
  }

  private static void mergeDown(XWPFTableCell cell) {
    cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
  }
}
