package org.ignbot.core.letter.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.ignbot.core.letter.writer.WrittenLetter.Block;
import org.ignbot.core.letter.writer.WrittenLetter.Paragraph;
import org.ignbot.core.letter.writer.WrittenLetter.Table;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** The writer makes the files the property tests need: real wrapping, page breaks, merged cells. */
class LetterWriterTests {
  private static final List<List<String>> ROW =
      List.of(List.of("Tuesday, 14 April 2026"), List.of("Trusteeship Council Chamber"));

  @Test
  void aPdfTableCellWrapsToItsColumnWidth() throws IOException {
    String text = pdfText(letter(List.of(ROW), List.of(0.8, 0.2)));

    assertThat(text).doesNotContain("Trusteeship Council Chamber");
    assertThat(text.lines().filter(line -> line.contains("Chamber")))
        .singleElement()
        .asString()
        .doesNotContain("Trusteeship");
  }

  @Test
  void aLongPdfTableRunsOnTheNextPageUnderPageNumbers() throws IOException {
    byte[] pdf = PdfFiles.render(letter(rows(60), List.of(0.5, 0.5)), new Random(1));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      PDFTextStripper lastPage = new PDFTextStripper();
      lastPage.setStartPage(document.getNumberOfPages());
      assertThat(lastPage.getText(document)).contains("Trusteeship");
    }
  }

  @Test
  void aValueRepeatedDownAWordColumnIsOneMergedCell() throws IOException {
    byte[] docx = DocxFiles.render(letter(rows(3), List.of(0.5, 0.5)));

    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFTable table = document.getTables().get(0);
      assertThat(table.getRow(1).getCell(1).getCTTc().getTcPr().getVMerge().getVal())
          .isEqualTo(STMerge.RESTART);
      assertThat(table.getRow(3).getCell(1).getCTTc().getTcPr().getVMerge().getVal())
          .isEqualTo(STMerge.CONTINUE);
      assertThat(table.getRow(3).getCell(1).getText()).isEmpty();
    }
  }

  @Test
  void aLetterIsAFunctionOfItsSeed() {
    for (Style style : Style.values()) {
      RandomLetter once = LetterWriter.write(7, style, Format.TEXT);
      RandomLetter again = LetterWriter.write(7, style, Format.TEXT);

      assertThat(again.bytes()).isEqualTo(once.bytes());
      assertThat(again.plan()).isEqualTo(once.plan());
    }
  }

  @Test
  void oneStyleIsWordedDifferentlyFromLetterToLetter() {
    List<String> openings = new ArrayList<>();
    for (long seed = 0; seed < 40; seed++) {
      String text = LetterWriter.write(seed, Style.PROSE, Format.TEXT).letter().text();
      String meeting =
          text.lines().filter(line -> line.contains(" meeting")).findFirst().orElseThrow();
      openings.add(meeting.substring(0, Math.min(25, meeting.length())));
    }

    assertThat(openings.stream().distinct().count()).isGreaterThan(5);
  }

  private static List<List<List<String>>> rows(int count) {
    List<List<List<String>>> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(ROW);
    }
    return rows;
  }

  private static WrittenLetter letter(List<List<List<String>>> rows, List<Double> widths) {
    List<Block> blocks =
        List.of(
            Paragraph.of("Excellency,"),
            new Table(List.of("Date", "Venue"), rows, widths, true, true));
    return new WrittenLetter(blocks);
  }

  private static String pdfText(WrittenLetter letter) throws IOException {
    try (PDDocument document = Loader.loadPDF(PdfFiles.render(letter, new Random(3)))) {
      return new PDFTextStripper().getText(document);
    }
  }
}
