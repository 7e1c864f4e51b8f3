package org.ignbot.core.letter.writer;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.ignbot.core.letter.LetterLayouts;
import org.ignbot.core.letter.LetterReader;
import org.ignbot.core.letter.LetterReading;
import org.ignbot.core.text.InvalidInputException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random letters read back: each is written from a random schedule in a random style and format,
 * read with {@link LetterReader#readFile}, and must give the same schedule: the same meetings and
 * no other, each with its sittings, room, clusters, spill-over, move and cancellation.
 *
 * <p>{@code -Dletters.count=10000} reads more, {@code -Dletters.seed=N} starts elsewhere (a failure
 * names the seed that writes it again), {@code -Dletters.styles=PROSE,TABLE} or {@code all} and
 * {@code -Dletters.formats=TEXT,PDF} or {@code all} choose what is written; either also writes the
 * styles and formats not yet read ({@link #NOT_YET_READ}).
 */
class LetterWriterPropertyTests {
  private static final long SEED = Long.getLong("letters.seed", 20_261_130L);
  private static final int COUNT = Integer.getInteger("letters.count", 1000);
  private static final List<Long> ONCE_WRONG =
      List.of(432L, 1558L, 3145L, 6699L, 8854L, 10_196L, 20_764L, 20_261_310L);

  @TestFactory
  Stream<DynamicTest> everyRandomLetterReadsBackAsTheScheduleItWasWrittenFrom() {
    List<Style> styles = chosen(System.getProperty("letters.styles", "all"), Style.class);
    List<Format> formats = chosen(System.getProperty("letters.formats", "all"), Format.class);
    String listed = System.getProperty("letters.seeds");
    LongStream seeds =
        listed == null
            ? LongStream.range(SEED, SEED + COUNT)
            : Arrays.stream(listed.split(",")).mapToLong(seed -> Long.parseLong(seed.strip()));
    return seeds.mapToObj(
        seed ->
            dynamicTest(
                "letter " + seed, () -> readsBack(LetterWriter.write(seed, styles, formats))));
  }

  /**
   * Letters that once read wrong, each replayed every build with every style and format: 432 (a
   * programme's room in brackets wrapped to the PDF's left margin), 1558, 3145 and 20261310 (key
   * cells wrapped under the page's widest line, which a first rule for 432 took for margin wraps),
   * 6699 and 8854 (a programme line without years wrapped to the margin, "General" / "Assembly"),
   * 10196 (a sentence under a PDF programme cut into two cells, once warned about as a row), 20764
   * (a PDF programme's dated lines joined into one row, the paragraph under it setting two gaps).
   */
  @TestFactory
  Stream<DynamicTest> lettersThatOnceReadWrongReadBack() {
    List<Style> styles = List.of(Style.values());
    List<Format> formats = List.of(Format.values());
    return ONCE_WRONG.stream()
        .map(
            seed ->
                dynamicTest(
                    "letter " + seed, () -> readsBack(LetterWriter.write(seed, styles, formats))));
  }

  private static void readsBack(RandomLetter letter) {
    List<String> differences;
    try {
      LetterReading reading = new LetterReader().readFile(letter.fileName(), letter.bytes());
      differences = ScheduleCheck.differences(letter.plan(), letter.asides(), reading);
    } catch (InvalidInputException refused) {
      differences = List.of("refused: " + refused.getMessage());
    } catch (RuntimeException crash) {
      // A crash is a failure like any other: it shows the letter that caused it.
      differences = List.of("the reader threw " + crash);
    }
    if (!differences.isEmpty()) {
      fail(
          letter.describe()
              + "\nwritten from:\n"
              + letter.plan().describe()
              + asides(letter)
              + "read differently:\n  "
              + String.join("\n  ", differences)
              + "\n--- the letter (as written, before rendering) ---\n"
              + letter.letter().text()
              + laidOut(letter));
    }
  }

  /**
   * What the layout stage made of a Word or PDF file, to tell a layout problem from a reading one.
   */
  private static String laidOut(RandomLetter letter) {
    if (letter.plan().format() == Format.TEXT) {
      return "";
    }
    try {
      return "--- as laid out (LetterLayouts.read) ---\n"
          + LetterLayouts.read(letter.fileName(), letter.bytes()).text();
    } catch (RuntimeException failed) {
      return "--- the layout failed: " + failed + "\n";
    }
  }

  private static String asides(RandomLetter letter) {
    StringBuilder out = new StringBuilder();
    letter
        .asides()
        .forEach(
            a -> out.append("  aside ").append(a.kind()).append(' ').append(a.date()).append('\n'));
    return out.toString();
  }

  /** "all", or names such as "PROSE,TABLE". */
  private static <E extends Enum<E>> List<E> chosen(String names, Class<E> type) {
    if (names.equalsIgnoreCase("all")) {
      return List.of(type.getEnumConstants());
    }
    return Arrays.stream(names.split(","))
        .map(name -> Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT)))
        .toList();
  }
}
