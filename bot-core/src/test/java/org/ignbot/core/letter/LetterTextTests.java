package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.ignbot.core.text.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Files that are no letter get one clear line each, and nothing is read from them. */
class LetterTextTests {
  private static final String SEED = LetterFiles.text("seed-79-first-plenary.txt");

  @Test
  void pdfAndDocxGiveTheLettersText() {
    assertThat(LetterText.extract("a.pdf", LetterFiles.pdf(SEED, 1)))
        .contains("10.00 a.m. 1.00 p.m. and 3.00 6.00 p.m.", "Reserved for possible spill");
    assertThat(LetterText.extract("a.docx", LetterFiles.docx(SEED)))
        .contains("1 st IGN Plenary\t21 November 2024");
  }

  @Test
  void aWordTableWithTwoLinesInACellIsReadAsOneRow() throws IOException {
    byte[] docx;
    try (org.apache.poi.xwpf.usermodel.XWPFDocument document =
            new org.apache.poi.xwpf.usermodel.XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("Co-Chairs of the IGN");
      var table = document.createTable(1, 5);
      var row = table.getRow(0);
      row.getCell(0).setText("1st IGN Plenary");
      row.getCell(1).setText("19 November 2024");
      row.getCell(2).setText("10:00am-1:00pm");
      row.getCell(2).addParagraph().createRun().setText("3:00pm-6:00pm");
      row.getCell(3).setText("Trusteeship Council");
      row.getCell(4).setText("Categories of membership");
      row.getCell(4).addParagraph().createRun().setText("Crossregional representation");
      document.write(out);
      docx = out.toByteArray();
    }

    LetterReading reading =
        new LetterReader().read(LetterText.extract("table.docx", docx), "table");

    MeetingDraft meeting = reading.meetings().get(0);
    assertThat(meeting.sittings()).hasSize(2);
    assertThat(meeting.venue()).contains("Trusteeship Council Chamber");
    assertThat(meeting.topics())
        .extracting(topic -> topic.text())
        .containsExactly("Categories of membership", "Cross-regional representation");
  }

  @Test
  void aScannedPdfWithoutTextIsRefused() throws IOException {
    byte[] scan;
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.addRect(50, 50, 400, 600);
        content.fill();
      }
      document.save(out);
      scan = out.toByteArray();
    }

    assertThatThrownBy(() -> LetterText.extract("scan.pdf", scan))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "scan.pdf has no text layer (a scan?). Send the letter as a PDF with text, a .docx,"
                + " or paste its text after `import`.");
  }

  @Test
  void anEncryptedPdfIsRefused() throws IOException {
    byte[] encrypted;
    try (PDDocument document = Loader.loadPDF(LetterFiles.pdf(SEED, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(out);
      encrypted = out.toByteArray();
    }

    assertThatThrownBy(() -> LetterText.extract("locked.pdf", encrypted))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "locked.pdf is an encrypted PDF. Send it without a password, or paste its text.");
  }

  @Test
  void aFiftyMegabyteFileIsRefusedBeforeItIsRead() {
    byte[] huge = new byte[50 * 1024 * 1024];
    huge[0] = '%';

    assertThatThrownBy(() -> LetterText.extract("huge.pdf", huge))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "huge.pdf is 50 MB; a letter is at most 10 MB. Send the letter itself as PDF, .docx or"
                + " text.");
  }

  @Test
  void aDocxThatIsReallyAZipBombIsRefused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                  + "content-types\"></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] spaces = new byte[1024 * 1024];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 20; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }
    byte[] bomb = bytes.toByteArray();
    assertThat(bomb.length).isLessThan(LetterText.MAX_BYTES);

    assertThatThrownBy(() -> LetterText.extract("bomb.docx", bomb))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("bomb.docx inflates far beyond its size (a zip bomb?); it was not read.");
  }

  @Test
  void binaryFilesAndOldWordFilesAreRefusedWithWhatWouldWork() {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    noise[0] = 1;

    assertThatThrownBy(() -> LetterText.extract("photo.jpg", noise))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "photo.jpg is not a letter: not PDF, Word .docx or text. Send the letter in one of"
                + " those.");
    byte[] doc = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0, 0, 0, 0};
    assertThatThrownBy(() -> LetterText.extract("old.doc", doc))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("save it as .docx (without a password) or PDF");
    assertThatThrownBy(() -> LetterText.extract("empty.txt", new byte[0]))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("empty.txt is empty. Send the letter as PDF, .docx or text.");
    assertThatThrownBy(
            () ->
                LetterText.extract(
                    "broken.pdf", "%PDF-1.7 nonsense".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("broken.pdf is not a PDF I can read. Send the letter as PDF, .docx or text.");
  }
}
