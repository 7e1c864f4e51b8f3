package org.ignbot.core.letter.writer;

import java.util.List;
import java.util.Random;

/**
 * Writes random letters: draws a schedule for a style, words it and renders it to a file. A letter
 * is a function of its seed alone, so a failure's seed writes the same letter again.
 */
final class LetterWriter {
  private LetterWriter() {}

  /** A letter written in the given style and format. */
  static RandomLetter write(long seed, Style style, Format format) {
    Random random = new Random(seed);
    LetterPlan plan = ScheduleGenerator.plan(seed, style, format, random);
    WrittenLetter written =
        switch (style) {
          case PROSE, EMAIL, RESCHEDULE -> ProseLetters.write(plan, random);
          case TABLE -> TableLetters.table(plan, random);
          case PROGRAMME -> TableLetters.programme(plan, random);
          case JOURNAL -> JournalExtracts.write(plan, random);
        };
    List<Asides.Aside> asides = Asides.draw(plan);
    WrittenLetter letter = Asides.into(written, asides);
    byte[] bytes =
        switch (format) {
          case TEXT -> TextFiles.render(letter);
          case DOCX -> DocxFiles.render(letter);
          case PDF -> PdfFiles.render(letter, random);
        };
    return new RandomLetter(plan, asides, letter, "letter-" + seed + "." + format.extension, bytes);
  }

  /**
   * A letter of a style and format drawn from the seed: half of them text, a quarter Word and a
   * quarter PDF (Word and PDF cost the most to write and read), within the styles and formats
   * given.
   */
  static RandomLetter write(long seed, List<Style> styles, List<Format> formats) {
    if (styles.isEmpty() || formats.isEmpty()) {
      throw new IllegalArgumentException("no style or no format to write a letter in");
    }
    Random random = new Random(seed ^ 0x5DEECE66DL);
    Style style = styles.get(random.nextInt(styles.size()));
    int roll = random.nextInt(4);
    Format drawn = roll < 2 ? Format.TEXT : roll == 2 ? Format.DOCX : Format.PDF;
    Format format = formats.contains(drawn) ? drawn : formats.get(roll % formats.size());
    return write(seed, style, format);
  }
}
