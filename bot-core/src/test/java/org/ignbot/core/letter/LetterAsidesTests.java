package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates around the meetings whose words tell they are no IGN meeting: another event cancelled,
 * another body's meeting in a room, a meeting already held, a deadline. None is a meeting, and none
 * is a warning.
 */
class LetterAsidesTests {
  private static final String MEETING =
      "The Co-Chairs of the IGN will hold the next meeting on 2 March 2027, from 10 a.m. to 1"
          + " p.m., in Conference Room 4.";

  private final LetterReader reader = new LetterReader();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The briefing by the Co-Chairs scheduled for 3 March 2027 has been cancelled.",
        "Please note that the reception for delegations planned for 3 March 2027 will not take"
            + " place.",
        "Please note that the Fifth Committee will meet in Conference Room 4 on 3 March 2027.",
        "On Wednesday, 3 March 2027, the Trusteeship Council Chamber will be used by the Special"
            + " Committee on Peacekeeping Operations.",
        "The Peacebuilding Commission will hold its meeting in Conference Room 4 on 3 March 2027"
            + " from 3 to 6 p.m.",
        "The meeting of the Fifth Committee scheduled for 3 March 2027 has been postponed to"
            + " 5 March 2027.",
        "Building on the discussions held on 3 March 2027, we hope to make further progress.",
        "The informal meeting of the intergovernmental negotiations on Security Council reform"
            + " held on Wednesday, 3 March 2027 was suspended as the list of speakers was not"
            + " exhausted.",
        "Delegations wishing to submit written contributions are invited to do so by 3 March 2027.",
        "Written submissions should reach the Co-Chairs no later than 3 March 2027.",
        "Delegations are kindly requested to inscribe on the list of speakers by 3 March 2027.",
        "The link to join remotely will be shared with registered participants on 3 March 2027."
      })
  void aDateWhoseWordsTellItIsNoIgnMeetingIsNeitherAMeetingNorAWarning(String aside) {
    LetterReading reading = reader.read(MEETING + "\n\n" + aside, "pasted");

    assertThat(reading.meetings())
        .extracting(MeetingDraft::date)
        .containsExactly(LocalDate.parse("2027-03-02"));
    assertThat(reading.warnings()).isEmpty();
  }

  @Test
  void theIgnMeetingCancelledIsStillACancellation() {
    LetterReading reading =
        reader.read(
            MEETING + "\n\nThe meeting scheduled for 4 March 2027 has been cancelled.", "pasted");

    assertThat(reading.meetings())
        .filteredOn(MeetingDraft::cancelled)
        .extracting(MeetingDraft::date)
        .containsExactly(LocalDate.parse("2027-03-04"));
  }
}
