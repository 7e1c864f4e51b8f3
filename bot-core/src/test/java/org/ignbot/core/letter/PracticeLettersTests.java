package org.ignbot.core.letter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ten practice letters (P01-prose-same-time-and-venue and the others, with their expected.json)
 * read field by field: every meeting's sittings in New York time, venue, clusters and spill-over,
 * every date that is no meeting, and every mention in the admin's preview.
 */
class PracticeLettersTests {
  private static final ExpectedLetters LETTERS =
      new ExpectedLetters(Path.of("src/test/resources/letters/practice"));

  static Stream<String> letters() {
    return LETTERS.names().stream();
  }

  @ParameterizedTest
  @MethodSource("letters")
  void practiceLetterReadsAsExpected(String name) throws IOException {
    LETTERS.check(name, LETTERS.bytes(name));
  }
}
