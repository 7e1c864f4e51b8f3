package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.ignbot.core.text.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Stage 4: every date ends as a meeting, a date with a known role or a warning; doubtful meetings
 * are warned about by name; what is no IGN letter, or gives no meeting, is refused.
 */
class LetterAccountingTests {
  private final LetterReader reader = new LetterReader();

  @Test
  void aNoteThatNamesNeitherTheIgnNorCouncilReformIsRefusedEvenWithADateAndTimes() {
    assertThatThrownBy(
            () ->
                reader.read(
                    "the bake sale is on 21 November 2024 at 10:00am-1:00pm in the cafeteria",
                    "note.txt"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("does not read like a Co-Chairs' letter on the IGN")
        .hasMessageContaining("nothing was imported");
  }

  @Test
  void aTableOfDatesFromWhichNoMeetingIsReadIsRefusedWithTheReason() {
    LetterLayout layout =
        new LetterLayout(
            "table.pdf",
            List.of(
                new LetterLayout.Paragraph(List.of("IGN dates:")),
                new LetterLayout.Table(
                    List.of(List.of("Date", "Topic"), List.of("14 May", "Veto")), true)));

    assertThatThrownBy(() -> reader.read(layout))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("table.pdf has a table of dates, but I could not read a meeting")
        .hasMessageContaining("\"14 May\" has no year");
  }

  @Test
  void theLettersOwnDateAndALetterReferredToAreNeitherMeetingsNorWarnings() {
    LetterReading reading =
        reader.read(
            """
            New York, 8 February 2027

            Further to our letter of 25 January 2027, the Co-Chairs of the IGN will hold the \
            next meeting on 1 March 2027, 10 a.m. to 1 p.m., in Conference Room 4, on the veto.
            """,
            "pasted");

    assertThat(reading.meetings())
        .extracting(MeetingDraft::date)
        .containsExactly(LocalDate.parse("2027-03-01"));
    assertThat(reading.warnings()).isEmpty();
  }

  @Test
  void aDateNamedInPassingWithoutARoleIsAWarningQuotingIt() {
    LetterReading reading =
        reader.read(
            """
            The Co-Chairs of the IGN will hold the next meeting on 1 March 2027, 10 a.m. to \
            1 p.m., in Conference Room 4. Delegations will recall the events of 20 February 2027.
            """,
            "pasted");

    assertThat(reading.meetings()).hasSize(1);
    assertThat(reading.warnings())
        .singleElement()
        .asString()
        .startsWith("The letter mentions Saturday 20 February 2027, but not as a meeting");
  }

  @Test
  void aMeetingWithoutRoomOrTimesIsWarnedAboutByItsDay() {
    LetterReading reading =
        reader.read(
            "The IGN Co-Chairs will convene an informal meeting on Thursday, 4 March 2027.",
            "pasted");

    assertThat(reading.warnings())
        .containsExactly(
            "Thursday 4 March 2027: the letter gives no time for this meeting. Check it.",
            "Thursday 4 March 2027: the letter names no room for this meeting. Check it.");
  }

  @Test
  void anAssumedEndTimeIsAWarningNamingTheMeeting() {
    LetterReading reading =
        reader.read(
            "The Co-Chairs of the IGN will meet on 4 March 2027 at 10 a.m. in Conference Room 4.",
            "pasted");

    assertThat(reading.warnings())
        .containsExactly(
            "Thursday 4 March 2027: No end time is given for the sitting at 10:00; I assumed"
                + " 13:00 (three hours). Check it.");
  }
}
