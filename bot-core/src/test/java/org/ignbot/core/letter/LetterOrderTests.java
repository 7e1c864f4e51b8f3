package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * All-number dates judged by the whole letter: a date that reads only one way ("15/04/2027") fixes
 * the order for the letter's other dates ("05/04/2027"); a letter that writes both orders warns.
 */
class LetterOrderTests {
  private static final String MEETING =
      "The Co-Chairs of the IGN will hold the next meeting on 15/04/2027, from 10 a.m. to 1"
          + " p.m., in Conference Room 4.";

  private final LetterReader reader = new LetterReader();

  @Test
  void aDayOverTwelveElsewhereInTheLetterFixesTheOrderOfAnAmbiguousDate() {
    LetterReading reading =
        reader.read(
            MEETING + " A further meeting will be held on 05/04/2027 in Conference Room 4.",
            "pasted");

    assertThat(reading.meetings())
        .extracting(MeetingDraft::date)
        .contains(LocalDate.parse("2027-04-05"), LocalDate.parse("2027-04-15"))
        .doesNotContain(LocalDate.parse("2027-05-04"));
    assertThat(reading.warnings()).noneMatch(warning -> warning.contains("can be read as"));
  }

  @Test
  void aMonthFirstLetterReadsItsAmbiguousDatesMonthFirst() {
    LetterReading reading =
        reader.read(
            "The Co-Chairs of the IGN will hold meetings on 04/15/2027 and 05/04/2027, from 10"
                + " a.m. to 1 p.m., in Conference Room 4.",
            "pasted");

    assertThat(reading.meetings())
        .extracting(MeetingDraft::date)
        .contains(LocalDate.parse("2027-04-15"), LocalDate.parse("2027-05-04"));
  }

  @Test
  void aLetterWritingBothOrdersWarnsAndGuessesNothing() {
    LetterReading reading =
        reader.read(
            MEETING
                + " Further meetings will be held on 04/20/2027 and 05/04/2027 in Conference"
                + " Room 4.",
            "pasted");

    assertThat(reading.meetings())
        .extracting(MeetingDraft::date)
        .doesNotContain(LocalDate.parse("2027-04-05"), LocalDate.parse("2027-05-04"));
    assertThat(reading.warnings())
        .anyMatch(
            warning ->
                warning.contains("\"15/04/2027\"")
                    && warning.contains("\"04/20/2027\"")
                    && warning.contains("both"));
  }
}
