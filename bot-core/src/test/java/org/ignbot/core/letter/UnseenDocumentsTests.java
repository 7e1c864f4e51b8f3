package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ignbot.core.schedule.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Letters as offices make them in Word ({@link UnseenDocuments}): letterhead, the date at the
 * right, page numbers in the header and footer, merged cells, a table across pages, two signatures
 * side by side, an annex, a Journal page pasted into Word; as .docx and as the PDF LibreOffice
 * exported from it. Each is read field by field against {@code
 * letters/unseen/expected-documents.json}.
 */
class UnseenDocumentsTests {
  private static final Path DIR = Path.of("src/test/resources/letters/unseen");
  private static final ExpectedLetters LETTERS =
      new ExpectedLetters(DIR, "expected-documents.json");

  static Stream<String> documents() {
    return LETTERS.names().stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void documentReadsAsExpected(String name) throws IOException {
    LETTERS.check(
        name, Files.exists(DIR.resolve(name)) ? LETTERS.bytes(name) : UnseenDocuments.docx(name));
  }

  @Test
  void theAnnexTablesNumberColumnIsNoTopic() throws IOException {
    String name = "D02-programme-annex-across-pages.pdf";
    LetterReading reading = new LetterReader().readFile(name, LETTERS.bytes(name));

    assertThat(reading.meetings())
        .flatMap(MeetingDraft::topics)
        .extracting(Topic::text)
        .noneMatch(text -> text.matches("\\d+"));
  }
}
