package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Moves and cancellations as tables and sentences put them, and the clocks with en dashes. */
class LetterChangesTests {
  private final LetterReader reader = new LetterReader();

  @Test
  void aTableRowPostponedFromAnotherDayMovesThatMeeting() {
    LetterReading reading =
        reader.read(
            "Co-Chairs of the IGN\n\n"
                + "Format\tDate\tTime\tVenue\tTopic/Cluster\n"
                + "1 st IGN Plenary\t26 November 2024 (postponed from 19 November 2024)\t"
                + "3:00pm-6:00pm\tGeneral Assembly Hall\tThe question of the veto\n",
            "pasted");

    MeetingDraft moved = reading.meetings().get(0);
    assertThat(moved.date()).isEqualTo(LocalDate.parse("2024-11-26"));
    assertThat(moved.movedFrom()).contains(LocalDate.parse("2024-11-19"));
    assertThat(moved.venue()).contains("General Assembly Hall");
    assertThat(moved.topics())
        .extracting(topic -> topic.text())
        .containsExactly("The question of the veto");
    assertThat(moved.notes()).containsExactly("Moved from Tuesday 19 November 2024.");
    assertThat(reading.meetings()).hasSize(1);
  }

  @Test
  void aRowWrappedOntoTheNextLineKeepsItsVenueTopicsAndSecondSitting() {
    LetterReading reading =
        reader.read(
            "Co-Chairs of the IGN\n\n"
                + "Format\tDate\tTime\tVenue\tTopic/Cluster\n"
                + "1st IGN Plenary\t19 November 2024\t10:00am-1:00pm\tTrusteeship Council\t"
                + "Categories of membership\n"
                + "\t\t3:00pm-6:00pm\t\tCrossregional representation\n",
            "pasted");

    MeetingDraft meeting = reading.meetings().get(0);
    assertThat(meeting.sittings())
        .extracting(sitting -> sitting.start().toLocalTime())
        .containsExactly(LocalTime.of(10, 0), LocalTime.of(15, 0));
    assertThat(meeting.venue()).contains("Trusteeship Council Chamber");
    assertThat(meeting.topics())
        .extracting(topic -> topic.text())
        .containsExactly("Categories of membership", "Cross-regional representation");
    assertThat(reading.warnings()).isEmpty();
  }

  @Test
  void aTopicWrappedMidCellGoesOnButTheNameUnderTheTableDoesNot() {
    LetterReading reading =
        reader.read(
            "Co-Chairs of the IGN\n"
                + "2nd IGN Plenary 14 January 2025 10:00am-1:00pm Trusteeship Council Categories of\n"
                + "membership\n"
                + "3rd IGN Plenary 21 January 2025 10:00am-1:00pm Trusteeship Council Regional\n"
                + "representation Model discussion (G4 model)\n"
                + "In line with the Pact for the Future, we encourage further models\n"
                + "Alexander\n",
            "pasted");

    assertThat(reading.meetings().get(0).topics())
        .extracting(topic -> topic.text())
        .containsExactly("Categories of membership");
    assertThat(reading.meetings().get(1).topics())
        .extracting(topic -> topic.text())
        .containsExactly("Regional representation", "Model discussion (G4 model)");
    assertThat(reading.meetings().get(1).topics().get(1).presenter()).contains("G4");
    assertThat(reading.source().signatories()).containsExactly("Alexander (Co-Chair)");
  }

  @Test
  void postponedUntilFurtherNoticeIsACancellation() {
    LetterReading reading =
        reader.read(
            "The Co-Chairs of the IGN inform delegations that the meeting of 21 November 2024 is"
                + " postponed until further notice.",
            "pasted");

    assertThat(reading.meetings())
        .singleElement()
        .satisfies(
            meeting -> {
              assertThat(meeting.date()).isEqualTo(LocalDate.parse("2024-11-21"));
              assertThat(meeting.cancelled()).isTrue();
            });
  }

  @Test
  void enDashesAndTwelveOClockReadAsRanges() {
    LetterReading reading =
        reader.read(
            "The Co-Chairs of the IGN will convene a plenary meeting on 5 December 2024,"
                + " 10 a.m.\u20131 p.m. and 3 p.m.\u20136 p.m., in the Trusteeship Council.",
            "pasted");

    MeetingDraft meeting = reading.meetings().get(0);
    assertThat(meeting.sittings())
        .extracting(sitting -> sitting.start().toLocalTime())
        .containsExactly(LocalTime.of(10, 0), LocalTime.of(15, 0));
    assertThat(meeting.sittings())
        .extracting(sitting -> sitting.end().toLocalTime())
        .containsExactly(LocalTime.of(13, 0), LocalTime.of(18, 0));
    assertThat(meeting.venue()).contains("Trusteeship Council Chamber");
    assertThat(meeting.title()).contains("Plenary meeting");
    assertThat(reading.warnings()).isEmpty();
  }
}
