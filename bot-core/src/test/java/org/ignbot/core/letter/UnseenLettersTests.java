package org.ignbot.core.letter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Letters of the practice letters' kinds written by hand in other words and layouts (US dates, "the
 * 14th of April", "10h00", "GA Hall", groups presenting models, Outlook and Gmail forwards, a
 * Journal with many bodies, corrections of one room or one sitting, a staff note that is no
 * letter), each read field by field against {@code letters/unseen/expected.json}. A {@code .docx}
 * or {@code .pdf} named there without a file of its own is made from the {@code .txt} of the same
 * name: with Apache POI (tab-separated lines become a Word table) or PDFBox (the lines as typed).
 */
class UnseenLettersTests {
  private static final Path DIR = Path.of("src/test/resources/letters/unseen");
  private static final ExpectedLetters LETTERS = new ExpectedLetters(DIR);

  static Stream<String> letters() {
    return LETTERS.names().stream();
  }

  @ParameterizedTest
  @MethodSource("letters")
  void unseenLetterReadsAsExpected(String name) throws IOException {
    LETTERS.check(name, bytes(name));
  }

  private static byte[] bytes(String name) throws IOException {
    if (Files.exists(DIR.resolve(name)) || name.endsWith(".txt")) {
      return LETTERS.bytes(name);
    }
    String text = Files.readString(DIR.resolve(name.replaceFirst("\\.[a-z]+$", ".txt")));
    return name.endsWith(".docx") ? LetterFiles.docx(text) : LetterFiles.pdf(text, 1);
  }
}
