package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A line of one cell in a pasted tab-separated table (its tabs lost in the paste) is a row of the
 * table, as in Word: "To be announced" alone is a row to check, never silently prose; a sentence
 * under the table ("All meetings will be webcast.") stays prose.
 */
class LetterTextTableLinesTests {
  private final LetterReader reader = new LetterReader();

  private LetterReading read(String letter) {
    return reader.readFile("letter.txt", letter.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aOneCellLineUnderATextTableIsARowToCheck() {
    LetterReading reading =
        read(
            """
            The Co-Chairs of the IGN invite you to the meetings below.

            Date\tTime\tVenue\tCluster
            Tuesday, 3 March 2026\t10 a.m. - 1 p.m.\tConference Room 4\tThe veto
            To be announced
            """);

    assertThat(reading.meetings()).hasSize(1);
    assertThat(reading.warnings()).anyMatch(warning -> warning.contains("\"To be announced\""));
  }

  @Test
  void aOneCellLineBetweenRowsOfATextTableIsARowToCheck() {
    LetterReading reading =
        read(
            """
            The Co-Chairs of the IGN invite you to the meetings below.

            Date\tTime\tVenue\tCluster
            Tuesday, 3 March 2026\t10 a.m. - 1 p.m.\tConference Room 4\tThe veto
            To be announced
            Thursday, 5 March 2026\t3 p.m. - 6 p.m.\tConference Room 1\tCategories of membership
            """);

    assertThat(reading.meetings()).hasSize(2);
    assertThat(reading.warnings()).anyMatch(warning -> warning.contains("\"To be announced\""));
  }

  @Test
  void aSentenceUnderATextTableStaysProse() {
    LetterReading reading =
        read(
            """
            The Co-Chairs of the IGN invite you to the meetings below.

            Date\tTime\tVenue\tCluster
            Tuesday, 3 March 2026\t10 a.m. - 1 p.m.\tConference Room 4\tThe veto
            All meetings will be webcast.
            """);

    assertThat(reading.meetings()).hasSize(1);
    assertThat(reading.warnings()).isEmpty();
  }
}
