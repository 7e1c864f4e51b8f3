package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Stage 4 for tables: a row or line of a table that the reader read into no meeting, and that
 * continues no row, is a warning quoting it; rows that are read, and prose under the table, are
 * not. In text, Word and PDF alike.
 */
class LetterTableAccountingTests {
  private static final String UNREAD_ROW = "A row of the table was not read as a meeting";
  private static final String LETTER =
      """
      The Co-Chairs of the intergovernmental negotiations invite you to the meetings below.

      Date\tTime\tVenue\tCluster
      Tuesday, 3 March 2026\t10 a.m. - 1 p.m.\tConference Room 4\tThe veto
      To be announced\t\t\tRegional representation
      Thursday, 5 March 2026\t3 p.m. - 6 p.m.\tConference Room 1\tCategories of membership

      Please accept the assurances of our highest consideration.
      """;

  private final LetterReader reader = new LetterReader();

  @Test
  void aTextTableLineWithoutADateThatContinuesNoRowIsAWarningQuotingIt() {
    warnsOfTheUnreadRowOnly(read("letter.txt", LETTER.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aWordTableRowWithoutADateThatContinuesNoRowIsAWarningQuotingIt() {
    warnsOfTheUnreadRowOnly(read("letter.docx", LetterFiles.docx(LETTER)));
  }

  @Test
  void aPdfTableRowWithoutADateThatContinuesNoRowIsAWarningQuotingIt() {
    byte[] pdf =
        LetterFiles.drawing()
            .columns(72, 200, 300, 420)
            .text(72, 100, "The Co-Chairs of the IGN invite you to the meetings below.")
            .row(140, "Date", "Time", "Venue", "Cluster")
            .row(160, "Tuesday, 3 March 2026", "10 a.m. - 1 p.m.", "Conference Room 4", "The veto")
            .row(180, "To be announced", "", "", "Regional representation")
            .row(200, "Thursday, 5 March 2026", "3 p.m. - 6 p.m.", "Conference Room 1", "Veto")
            .text(72, 240, "Please accept the assurances of our highest consideration.")
            .pdf();

    warnsOfTheUnreadRowOnly(read("letter.pdf", pdf));
  }

  @Test
  void wrappedCellsAndASpillOverLineAndANoteUnderTheTableAreReadWithoutAWarning() {
    String letter =
        """
        The Co-Chairs of the IGN invite you to the meetings below.

        Date\tTime\tVenue\tCluster
        Tuesday, 3 March 2026\t10 a.m. - 1 p.m.\tConference Room 4\tCategories of
        \t\t\tmembership
        \t3 p.m. - 6 p.m.\t\tReserved for possible spill-over
        Thursday, 5 March 2026\t3 p.m. - 6 p.m.\tConference Room 1\tThe veto

        All meetings will be webcast on UN Web TV.
        """;

    for (String name : new String[] {"letter.txt", "letter.docx"}) {
      byte[] bytes =
          name.endsWith(".txt")
              ? letter.getBytes(StandardCharsets.UTF_8)
              : LetterFiles.docx(letter);
      LetterReading reading = read(name, bytes);

      assertThat(reading.meetings()).as(name).hasSize(2);
      assertThat(reading.warnings()).as(name).isEmpty();
    }
  }

  @Test
  void aSentenceUnderTheTableCutIntoCellsIsProseNotAnUnreadRow() {
    String letter =
        """
        The Co-Chairs of the IGN invite you to the meetings below.

        Date\tTime\tVenue\tCluster
        Tuesday, 3 March 2026\t10 a.m. - 1 p.m.\tConference Room 4\tThe veto
        Thursday, 5 March 2026\t3 p.m. - 6 p.m.\tConference Room 1\tThe veto
        Guiding questions will\tbe circulated in due course to help delegations prepare their
        """;

    LetterReading reading = read("letter.txt", letter.getBytes(StandardCharsets.UTF_8));

    assertThat(reading.meetings()).hasSize(2);
    assertThat(reading.warnings()).isEmpty();
  }

  /** Both dated rows are meetings; the row between them is one warning quoting it. */
  private static void warnsOfTheUnreadRowOnly(LetterReading reading) {
    assertThat(reading.meetings())
        .extracting(MeetingDraft::date)
        .containsExactly(LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-05"));
    assertThat(reading.warnings())
        .singleElement()
        .asString()
        .startsWith(UNREAD_ROW)
        .contains("\"To be announced Regional representation\"");
  }

  private LetterReading read(String name, byte[] bytes) {
    return reader.readFile(name, bytes);
  }
}
