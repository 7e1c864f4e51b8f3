package org.ignbot.core.letter.writer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.ignbot.core.letter.writer.WrittenLetter.Block;
import org.ignbot.core.letter.writer.WrittenLetter.Paragraph;
import org.ignbot.core.letter.writer.WrittenLetter.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A letter as a Word .docx: a paragraph's lines split by line breaks, tables as real Word tables
 * whose repeated values down a column are merged cells, as people make them.
 */
final class DocxFiles {
  private DocxFiles() {}

  static byte[] render(WrittenLetter letter) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (Block block : letter.blocks()) {
        if (block instanceof Paragraph paragraph) {
          paragraph(document, paragraph);
        } else if (block instanceof Table table) {
          table(document, table);
        }
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void paragraph(XWPFDocument document, Paragraph paragraph) {
    XWPFParagraph written = document.createParagraph();
    if (paragraph.right()) {
      written.setAlignment(ParagraphAlignment.RIGHT);
    }
    XWPFRun run = written.createRun();
    for (int i = 0; i < paragraph.lines().size(); i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(paragraph.lines().get(i), i);
    }
  }

  private static void table(XWPFDocument document, Table table) {
    int columns = table.header().size();
    XWPFTable written = document.createTable(table.rows().size() + 1, columns);
    for (int column = 0; column < columns; column++) {
      XWPFTableCell cell = written.getRow(0).getCell(column);
      cell.setText(table.header().get(column));
    }
    for (int row = 0; row < table.rows().size(); row++) {
      List<List<String>> cells = table.rows().get(row);
      for (int column = 0; column < columns; column++) {
        XWPFTableCell cell = written.getRow(row + 1).getCell(column);
        List<String> lines = cells.get(column);
        boolean repeated =
            table.merge()
                && row > 0
                && !lines.isEmpty()
                && lines.equals(table.rows().get(row - 1).get(column));
        if (repeated) {
          // A merged cell holds its value once; the rows below only continue it.
          properties(cell).addNewVMerge().setVal(STMerge.CONTINUE);
          XWPFTableCell above = written.getRow(row).getCell(column);
          if (!properties(above).isSetVMerge()) {
            properties(above).addNewVMerge().setVal(STMerge.RESTART);
          }
          continue;
        }
        for (int line = 0; line < lines.size(); line++) {
          XWPFParagraph paragraph = line == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
          paragraph.createRun().setText(lines.get(line));
        }
      }
    }
  }

  private static CTTcPr properties(XWPFTableCell cell) {
    return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
  }
}
