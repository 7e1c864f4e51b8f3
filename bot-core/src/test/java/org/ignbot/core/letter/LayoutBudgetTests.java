package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.ignbot.core.text.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Files made to cost too much are refused with one line naming the limit they hit, quickly and
 * without the memory they ask for. The caps are constants, so each file here exceeds one cheaply.
 */
class LayoutBudgetTests {
  private static final int MB = 1024 * 1024;

  @Test
  void aPdfWhosePageContentInflatesPastTheCapIsRefusedBeforeItIsDecoded() throws IOException {
    byte[] pdf;
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      PDStream content = new PDStream(document);
      try (OutputStream stream = content.createOutputStream(COSName.FLATE_DECODE)) {
        byte[] spaces = new byte[MB];
        java.util.Arrays.fill(spaces, (byte) ' ');
        for (long written = 0; written <= PdfStreams.MAX_INFLATED; written += MB) {
          stream.write(spaces);
        }
      }
      page.setContents(content);
      document.save(out);
      pdf = out.toByteArray();
    }
    assertThat(pdf.length).isLessThan(LetterLayouts.MAX_BYTES);

    assertThatThrownBy(() -> LetterLayouts.read("bomb.pdf", pdf))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "bomb.pdf holds content that inflates to more than 48 MB; a letter holds far less."
                + " It was not read.");
  }

  @Test
  void aDocxWithOneLowRatioPartPastTheCapIsRefusedNamingTheCap() throws IOException {
    byte[] docx = docx(1, DocxLayout.MAX_INFLATED + MB);

    assertThatThrownBy(() -> LetterLayouts.read("big.docx", docx))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "big.docx inflates to more than 32 MB; a letter's .docx holds far less. It was not"
                + " read.");
  }

  @Test
  void aDocxWhosePartsAddUpPastTheCapIsRefusedThoughEachIsSmall() throws IOException {
    byte[] docx = docx(16, DocxLayout.MAX_INFLATED / 16 + MB / 4);

    assertThatThrownBy(() -> LetterLayouts.read("junk.docx", docx))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("junk.docx inflates to more than 32 MB;");
  }

  @Test
  void aRealZipBombGetsTheZipBombLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[MB];
      for (int i = 0; i < 8; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }

    assertThatThrownBy(() -> LetterLayouts.read("bomb.docx", bytes.toByteArray()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("bomb.docx inflates far beyond its size (a zip bomb?); it was not read.");
  }

  @Test
  void theSizeRefusalNamesTheFilesRealSize() {
    assertThat(LetterLayouts.tooBig("big.pdf", 50L * MB))
        .hasMessage(
            "big.pdf is 50 MB; a letter is at most 10 MB. Send the letter itself as PDF, .docx or"
                + " text.");
    assertThat(LetterLayouts.tooBig("edge.pdf", 10L * MB + 1))
        .hasMessageStartingWith("edge.pdf is just over 10 MB; a letter is at most 10 MB.");
    assertThat(LetterLayouts.tooBig("odd.pdf", 12L * MB + MB / 2))
        .hasMessageStartingWith("odd.pdf is 12.5 MB;");
  }

  @Test
  void aLetterOverItsTimeIsRefusedNamingTheTime() {
    byte[] pdf = LetterFiles.pdf("The Co-Chairs of the IGN convene a meeting on 3 March 2026.", 3);

    assertThatThrownBy(() -> LetterLayouts.read("slow.pdf", pdf, Duration.ZERO))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("slow.pdf took more than 0 s to read; a letter takes far less.");
  }

  @Test
  void textOverTheCharacterCapIsRefusedWithItsLength() {
    byte[] text = "a".repeat(LetterLayouts.MAX_CHARS + 1).getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> LetterLayouts.read("long.txt", text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("long.txt holds 400001 characters of text; a letter is far shorter.");
  }

  /** A zip of {@code parts} entries of {@code size} bytes each that deflate only about 20:1. */
  private static byte[] docx(int parts, long size) throws IOException {
    Random random = new Random(11);
    byte[] chunk = new byte[MB];
    for (int i = 0; i < chunk.length; i += 20) {
      chunk[i] = (byte) random.nextInt();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_SPEED);
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      for (int part = 0; part < parts; part++) {
        zip.putNextEntry(new ZipEntry("word/media/junk" + part + ".bin"));
        for (long written = 0; written < size; written += chunk.length) {
          zip.write(chunk, 0, (int) Math.min(chunk.length, size - written));
        }
        zip.closeEntry();
      }
    }
    byte[] docx = bytes.toByteArray();
    assertThat((double) parts * size / docx.length).isLessThan(100);
    return docx;
  }
}
