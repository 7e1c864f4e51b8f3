package org.ignbot.core.letter.writer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.ignbot.core.letter.writer.WrittenLetter.Block;
import org.ignbot.core.letter.writer.WrittenLetter.Paragraph;

/** Random letters for code outside this package: the import benchmark under bench/. */
public final class SampleLetters {
  private SampleLetters() {}

  /**
   * A random letter as a file.
   *
   * @param style PROSE, TABLE, PROGRAMME, JOURNAL, EMAIL or RESCHEDULE
   * @param format TEXT, DOCX or PDF
   */
  public static byte[] letter(long seed, String style, String format) {
    return LetterWriter.write(
            seed,
            Style.valueOf(style.toUpperCase(Locale.ROOT)),
            Format.valueOf(format.toUpperCase(Locale.ROOT)))
        .bytes();
  }

  /** The file name that tells the reader the format: "letter.docx". */
  public static String fileName(String format) {
    return "letter." + Format.valueOf(format.toUpperCase(Locale.ROOT)).extension;
  }

  /**
   * A PDF letter of exactly {@code pages} pages: a table of {@code meetings} meetings whose cells
   * wrap and which runs over page breaks, then prose.
   */
  public static byte[] longPdf(long seed, int meetings, int pages) {
    Random random = new Random(seed);
    LetterPlan plan = ScheduleGenerator.longTable(seed, Format.PDF, random, meetings);
    WrittenLetter letter = TableLetters.table(plan, random);
    List<Block> blocks = letter.blocks();
    int fillers = 0;
    byte[] pdf = withFillers(blocks, fillers, seed);
    while (pages(pdf) < pages) {
      fillers += 8;
      pdf = withFillers(blocks, fillers, seed);
    }
    while (pages(pdf) > pages && fillers > 0) {
      fillers--;
      pdf = withFillers(blocks, fillers, seed);
    }
    if (pages(pdf) != pages) {
      throw new IllegalStateException(
          "a letter of " + meetings + " meetings does not fit on " + pages + " pages");
    }
    return pdf;
  }

  private static byte[] withFillers(List<Block> blocks, int fillers, long seed) {
    Random random = new Random(seed);
    List<Block> longer = new ArrayList<>(blocks.subList(0, blocks.size() - 2));
    for (int i = 0; i < fillers; i++) {
      longer.add(Paragraph.of(Phrases.filler(random)));
    }
    longer.addAll(blocks.subList(blocks.size() - 2, blocks.size()));
    return PdfFiles.render(new WrittenLetter(longer), new Random(seed));
  }

  private static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
