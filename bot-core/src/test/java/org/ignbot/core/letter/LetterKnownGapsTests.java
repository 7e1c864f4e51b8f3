package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The gaps once listed in docs/letters.md ("Known gaps"), each closed by a general rule: an IGN
 * briefing cancelled, a one-cell heading in a table, all-number dates read only when only one
 * reading fits, a meeting only "foreseen", a meeting named by what it will focus on.
 */
class LetterKnownGapsTests {
  private static final String MEETING =
      "The Co-Chairs of the IGN will hold the next meeting on 2 March 2027, from 10 a.m. to 1"
          + " p.m., in Conference Room 4.";

  private final LetterReader reader = new LetterReader();

  @Test
  void aBriefingOfTheIgnCancelledCancelsItsDayWithAWarning() {
    LetterReading reading =
        reader.read(
            MEETING
                + "\n\nThe IGN briefing on Security Council reform scheduled for 4 March 2027 has"
                + " been cancelled.",
            "pasted");

    assertThat(reading.meetings())
        .filteredOn(MeetingDraft::cancelled)
        .extracting(MeetingDraft::date)
        .containsExactly(LocalDate.parse("2027-03-04"));
    assertThat(reading.warnings())
        .anyMatch(
            warning -> warning.startsWith("Thursday 4 March 2027") && warning.contains("briefing"));
  }

  @Test
  void aOneCellHeadingInsideATableIsNeitherAMeetingNorAWarning() {
    String letter =
        """
        The Co-Chairs of the IGN invite you to the meetings below.

        Date\tTime\tVenue\tCluster
        First segment\t\t\t
        Tuesday, 3 March 2026\t10 a.m. - 1 p.m.\tConference Room 4\tThe veto
        Second segment\t\t\t
        Thursday, 5 March 2026\t3 p.m. - 6 p.m.\tConference Room 1\tCategories of membership
        """;
    for (String name : new String[] {"letter.txt", "letter.docx"}) {
      byte[] bytes =
          name.endsWith(".txt")
              ? letter.getBytes(StandardCharsets.UTF_8)
              : LetterFiles.docx(letter);
      LetterReading reading = reader.readFile(name, bytes);

      assertThat(reading.meetings()).as(name).hasSize(2);
      assertThat(reading.warnings()).as(name).isEmpty();
    }
  }

  @Test
  void aOneCellWordRowThatSaysTheDateIsToBeAnnouncedOrNamesAClusterIsStillAWarning() {
    String letter =
        """
        The Co-Chairs of the IGN invite you to the meetings below.

        Date\tTime\tVenue\tCluster
        Tuesday, 3 March 2026\t10 a.m. - 1 p.m.\tConference Room 4\tThe veto
        To be announced\t\t\t
        \t\t\tRegional representation
        """;

    assertThat(reader.readFile("letter.docx", LetterFiles.docx(letter)).warnings())
        .anyMatch(warning -> warning.contains("\"To be announced\""))
        .anyMatch(warning -> warning.contains("\"Regional representation\""));
  }

  @Test
  void anAllNumberDateIsReadWhenOnlyOneOrderFitsItsWeekdayOrItsNumbers() {
    LetterReading reading =
        reader.read(
            "The IGN will meet on Tuesday 09/03/2027 and on 15/03/2027, from 10 a.m. to 1 p.m., in"
                + " Conference Room 4.",
            "pasted");

    assertThat(reading.meetings())
        .extracting(MeetingDraft::date)
        .containsExactly(LocalDate.parse("2027-03-09"), LocalDate.parse("2027-03-15"));
    assertThat(reading.warnings()).isEmpty();
  }

  @Test
  void anAllNumberDateThatReadsBothWaysIsAWarningNeverAGuess() {
    LetterReading reading =
        reader.read(
            MEETING + " A further meeting will be held on 05/04/2027 in Conference Room 4.",
            "pasted");

    assertThat(reading.meetings())
        .extracting(MeetingDraft::date)
        .containsExactly(LocalDate.parse("2027-03-02"));
    assertThat(reading.warnings())
        .anyMatch(warning -> warning.contains("\"05/04/2027\"") && warning.contains("Check it"));
  }

  @Test
  void aMeetingOnlyForeseenForADayIsNamedInPassingWithAWarning() {
    LetterReading reading =
        reader.read(MEETING + " A further meeting is foreseen for 3 March 2027.", "pasted");

    assertThat(reading.meetings())
        .filteredOn(MeetingDraft::inPassing)
        .extracting(MeetingDraft::date)
        .containsExactly(LocalDate.parse("2027-03-03"));
    assertThat(reading.warnings())
        .anyMatch(warning -> warning.startsWith("Wednesday 3 March 2027"));
  }

  @Test
  void aMeetingNamedByWhatItWillFocusOnOrWhereTheNegotiationsOpenIsConvened() {
    LetterReading reading =
        reader.read(
            """
            Unless otherwise indicated, all meetings of the IGN will be held from 10 a.m. to 1 p.m. in the Trusteeship Council Chamber.

            The negotiations will open on Thursday, 21 January 2027 with a meeting on categories of membership.

            The question of the veto will be the focus of the meeting of Tuesday, 9 February 2027.
            """,
            "pasted");

    assertThat(reading.meetings())
        .filteredOn(draft -> !draft.inPassing() && draft.sittings().size() == 1)
        .extracting(MeetingDraft::date)
        .containsExactly(LocalDate.parse("2027-01-21"), LocalDate.parse("2027-02-09"));
    assertThat(reading.warnings()).isEmpty();
  }
}
