package org.ignbot.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ignbot.core.letter.LetterReader;
import org.ignbot.core.letter.writer.SampleLetters;

/**
 * LetterImportBenchmark's letters read in CPU time of the reading thread as well as wall time: on a
 * machine shared with other builds, wall time mostly measures the neighbours.
 */
public final class LetterCpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final long SEED = 20_261_130L;

  private LetterCpuTime() {}

  public static void main(String[] args) {
    byte[] text = SampleLetters.letter(SEED, "TABLE", "TEXT");
    byte[] docx = SampleLetters.letter(SEED, "TABLE", "DOCX");
    byte[] pdf = SampleLetters.longPdf(SEED, 40, LetterImportBenchmark.PAGES);
    LetterReader reader = new LetterReader();
    Map<String, Supplier<Object>> work = new LinkedHashMap<>();
    work.put("text letter, read", () -> reader.readFile("letter.txt", text));
    work.put("text letter, text only", () -> new String(text, StandardCharsets.UTF_8));
    work.put("docx letter, read", () -> reader.readFile("letter.docx", docx));
    work.put("docx letter, text only", () -> docxText(docx));
    work.put("10-page PDF, read", () -> reader.readFile("letter.pdf", pdf));
    work.put("10-page PDF, text only", () -> pdfText(pdf));
    int rounds = 30;
    for (Map.Entry<String, Supplier<Object>> each : work.entrySet()) {
      for (int i = 0; i < 10; i++) {
        each.getValue().get();
      }
      long[] cpu = new long[rounds];
      long[] wall = new long[rounds];
      for (int i = 0; i < rounds; i++) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        each.getValue().get();
        wall[i] = System.nanoTime() - wallStart;
        cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
      }
      System.out.printf(
          "%-24s median %7.1f ms CPU (min %7.1f), median %7.1f ms wall (min %7.1f)%n",
          each.getKey(),
          median(cpu) / 1e6,
          Arrays.stream(cpu).min().orElseThrow() / 1e6,
          median(wall) / 1e6,
          Arrays.stream(wall).min().orElseThrow() / 1e6);
    }
  }

  private static String docxText(byte[] docx) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
