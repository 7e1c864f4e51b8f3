package org.ignbot.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ignbot.core.letter.LetterReader;
import org.ignbot.core.letter.LetterReading;
import org.ignbot.core.letter.writer.SampleLetters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long reading a letter takes, end to end ({@code LetterReader.readFile}: layout, mentions,
 * meetings), for a text letter, a Word letter and a 10-page PDF, each next to the plain text
 * extraction of the same file (the floor any reader pays). The letters come from bot-core's test
 * letter writer, so they are the kinds the property tests read. Goal: under 200 ms each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LetterImportBenchmark {
  static final int PAGES = 10;
  private static final long SEED = 20_261_130L;

  private byte[] text;
  private byte[] docx;
  private byte[] pdf;
  private final LetterReader reader = new LetterReader();

  /** The ten-page PDF letter the benchmark reads, for the one-shot import bench. */
  static byte[] tenPageLetter() {
    return SampleLetters.longPdf(SEED, 40, PAGES);
  }

  @Setup
  public void letters() {
    text = SampleLetters.letter(SEED, "TABLE", "TEXT");
    docx = SampleLetters.letter(SEED, "TABLE", "DOCX");
    pdf = tenPageLetter();
    // A letter the reader refuses would measure the refusal: check each reads first.
    for (String format : new String[] {"TEXT", "DOCX", "PDF"}) {
      read(format);
    }
  }

  @Benchmark
  public LetterReading readTextLetter() {
    return read("TEXT");
  }

  @Benchmark
  public String extractTextOnly() {
    return new String(text, StandardCharsets.UTF_8);
  }

  @Benchmark
  public LetterReading readDocxLetter() {
    return read("DOCX");
  }

  @Benchmark
  public String extractDocxTextOnly() throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }

  @Benchmark
  public LetterReading readTenPagePdfLetter() {
    return read("PDF");
  }

  @Benchmark
  public String extractTenPagePdfTextOnly() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private LetterReading read(String format) {
    byte[] bytes =
        switch (format) {
          case "TEXT" -> text;
          case "DOCX" -> docx;
          default -> pdf;
        };
    return reader.readFile(SampleLetters.fileName(format), bytes);
  }
}
