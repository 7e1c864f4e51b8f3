package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.letter.LetterFiles.Format;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Topic;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.time.VenueTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every test letter, read from text, .docx and PDF, with every field checked. */
class LetterReaderTests {
  private final LetterReader reader = new LetterReader();

  private LetterReading read(String resource, Format format) {
    String text = LetterFiles.text(resource);
    String extracted =
        LetterText.extract(resource + "." + format.extension, LetterFiles.as(format, text));
    return reader.read(extracted, resource);
  }

  private static Sitting sitting(String day, String from, String to, boolean spill) {
    LocalDate date = LocalDate.parse(day);
    return new Sitting(
        date.atTime(LocalTime.parse(from)).atZone(VenueTime.ZONE),
        date.atTime(LocalTime.parse(to)).atZone(VenueTime.ZONE),
        spill);
  }

  private static MeetingDraft draft(LetterReading reading, String day) {
    return reading.meetings().stream()
        .filter(meeting -> meeting.date().equals(LocalDate.parse(day)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no meeting on " + day + ": " + reading.meetings()));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void seedLetterGivesTheTwoPlenariesTheRelatedDatesTheSignatoryAndTheSessionNote(Format format) {
    LetterReading reading = read("seed-79-first-plenary.txt", format);

    assertThat(reading.meetings())
        .extracting(MeetingDraft::date)
        .containsExactly(
            LocalDate.parse("2024-10-02"),
            LocalDate.parse("2024-11-11"),
            LocalDate.parse("2024-11-19"),
            LocalDate.parse("2024-11-21"));
    MeetingDraft informal = draft(reading, "2024-10-02");
    assertThat(informal.title()).contains("First informal meeting of the IGN");
    assertThat(informal.sittings()).isEmpty();
    assertThat(informal.venue()).isEmpty();
    assertThat(informal.notes())
        .containsExactly("Named in the letter as already held; it gives no time or venue.");
    MeetingDraft debate = draft(reading, "2024-11-11");
    assertThat(debate.title()).contains("General Assembly Debate on Security Council Reform");
    assertThat(debate.inPassing()).isTrue();

    MeetingDraft first = draft(reading, "2024-11-19");
    assertThat(first.title()).contains("1st IGN Plenary");
    assertThat(first.sittings())
        .containsExactly(
            sitting("2024-11-19", "10:00", "13:00", false),
            sitting("2024-11-19", "15:00", "18:00", false));
    assertThat(first.venue()).contains("Trusteeship Council Chamber");
    assertThat(first.topics())
        .containsExactly(
            Topic.of("Categories of membership"), Topic.of("Cross-regional representation"));
    // "a discussion of the five clusters in a holistic manner": every cluster, not only the two
    // the row names as the focus.
    assertThat(first.clusters()).containsExactlyInAnyOrder(Cluster.values());
    assertThat(first.notes()).singleElement().asString().startsWith("The meeting on 19 November");

    MeetingDraft second = draft(reading, "2024-11-21");
    assertThat(second.sittings())
        .containsExactly(
            sitting("2024-11-21", "10:00", "13:00", false),
            sitting("2024-11-21", "15:00", "18:00", true));
    assertThat(second.topics())
        .containsExactly(
            new Topic(
                "Model discussion (revised model by Liechtenstein)", Optional.of("Liechtenstein")),
            Topic.of("Reserved for possible spill-over"));
    assertThat(second.clusters()).isEmpty();

    assertThat(reading.source().signatories()).containsExactly("Alexander (Co-Chair)");
    assertThat(reading.source().date()).isEmpty();
    assertThat(reading.source().title())
        .isEqualTo("Co-Chairs' letter on the IGN meetings of the 79th session");
    assertThat(reading.source().notes())
        .containsExactly(
            "The letter's heading names the 78th session, but its meetings (October and November"
                + " 2024) fall in the 79th session (September 2024 to September 2025); the bot"
                + " records the 79th.");
    assertThat(reading.warnings()).containsExactlyElementsOf(reading.source().notes());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void runTogetherTableWithYearlessDatesSplitOrdinalsAndShortVenuesIsRead(Format format) {
    LetterReading reading = read("run-together-80th.txt", format);

    assertThat(reading.source().date()).contains(LocalDate.parse("2026-02-12"));
    assertThat(reading.source().signatories())
        .containsExactly("Tareq Albanai (Co-Chair)", "Lise Gregoire-van Haaren (Co-Chair)");
    assertThat(reading.source().notes()).isEmpty();
    assertThat(reading.warnings()).isEmpty();
    assertThat(reading.meetings()).hasSize(3);

    MeetingDraft second = draft(reading, "2026-02-20");
    assertThat(second.title()).contains("2nd IGN Plenary");
    assertThat(second.sittings())
        .containsExactly(
            sitting("2026-02-20", "10:00", "13:00", false),
            sitting("2026-02-20", "15:00", "18:00", false));
    assertThat(second.venue()).contains("General Assembly Hall");
    assertThat(second.topics()).containsExactly(Topic.of("Categories of membership"));
    assertThat(second.clusters()).containsExactly(Cluster.CATEGORIES);

    MeetingDraft third = draft(reading, "2026-03-10");
    assertThat(third.title()).contains("3rd IGN Plenary");
    assertThat(third.venue()).contains("Conference Room 4");
    assertThat(third.topics())
        .containsExactly(
            Topic.of("The question of the veto"),
            Topic.of("Non-permanent seats and long-term seats"));
    assertThat(third.clusters()).containsExactlyInAnyOrder(Cluster.VETO, Cluster.CATEGORIES);

    MeetingDraft fourth = draft(reading, "2026-03-26");
    assertThat(fourth.sittings()).containsExactly(sitting("2026-03-26", "09:30", "12:30", false));
    assertThat(fourth.venue()).contains("Economic and Social Council Chamber");
    assertThat(fourth.topics())
        .containsExactly(
            new Topic("G4 model presented by India", Optional.of("India")),
            Topic.of("Size and working methods"));
    assertThat(fourth.clusters()).containsExactly(Cluster.SIZE_METHODS);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void proseLetterFromTheChairGivesMeetingsOverSeveralDaysAndWarnsOfAssumedEnds(Format format) {
    LetterReading reading = read("prose-chair.txt", format);

    assertThat(reading.source().signatories()).containsExactly("Tareq Albanai (Chair)");
    assertThat(reading.source().title()).startsWith("Chair's letter");
    assertThat(reading.source().date()).contains(LocalDate.parse("2025-02-03"));
    assertThat(reading.meetings())
        .extracting(MeetingDraft::date)
        .containsExactly(
            LocalDate.parse("2025-02-27"),
            LocalDate.parse("2025-03-17"),
            LocalDate.parse("2025-03-18"),
            LocalDate.parse("2025-03-19"),
            LocalDate.parse("2025-04-08"));

    MeetingDraft informal = draft(reading, "2025-02-27");
    assertThat(informal.title()).contains("Informal meeting of the plenary");
    assertThat(informal.sittings())
        .containsExactly(
            sitting("2025-02-27", "10:00", "13:00", false),
            sitting("2025-02-27", "15:00", "18:00", false));
    assertThat(informal.venue()).contains("Conference Room 4");
    assertThat(informal.topics()).containsExactly(Topic.of("Working methods"));
    assertThat(informal.clusters()).containsExactly(Cluster.SIZE_METHODS);

    for (String day : List.of("2025-03-17", "2025-03-18", "2025-03-19")) {
      MeetingDraft meeting = draft(reading, day);
      assertThat(meeting.sittings())
          .containsExactly(
              sitting(day, "10:00", "13:00", false), sitting(day, "15:00", "18:00", false));
      assertThat(meeting.venue()).contains("Economic and Social Council Chamber");
      assertThat(meeting.clusters()).containsExactly(Cluster.RELATIONSHIP);
    }
    assertThat(reading.warnings())
        .contains(
            "Monday 17 March 2025: No end time is given for the sitting at 10:00; I assumed"
                + " 13:00 (three hours). Check it.");

    MeetingDraft dialogue = draft(reading, "2025-04-08");
    assertThat(dialogue.title()).contains("Structured dialogue on models");
    assertThat(dialogue.sittings()).containsExactly(sitting("2025-04-08", "15:00", "18:00", false));
    assertThat(dialogue.venue()).contains("Trusteeship Council Chamber");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void laterLetterMovesOneMeetingAndCancelsAnother(Format format) {
    LetterReading reading = read("move-cancel-79th.txt", format);

    MeetingDraft moved = draft(reading, "2024-11-26");
    assertThat(moved.movedFrom()).contains(LocalDate.parse("2024-11-19"));
    assertThat(moved.sittings()).containsExactly(sitting("2024-11-26", "15:00", "18:00", false));
    assertThat(moved.venue()).contains("General Assembly Hall");
    assertThat(moved.cancelled()).isFalse();
    MeetingDraft cancelled = draft(reading, "2024-11-21");
    assertThat(cancelled.cancelled()).isTrue();
    assertThat(reading.meetings()).hasSize(2);
    assertThat(reading.source().signatories())
        .containsExactly("Tareq Albanai (Co-Chair)", "Alexander Marschik (Co-Chair)");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aDateWithoutAnyYearToInferIsRefusedWithTheReason(Format format) {
    String text = LetterFiles.text("no-year.txt");
    String extracted =
        LetterText.extract("no-year." + format.extension, LetterFiles.as(format, text));

    assertThatThrownBy(() -> reader.read(extracted, "no-year"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("\"14 May\" has no year");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aLetterWithoutDatesIsRefused(Format format) {
    String text = LetterFiles.text("no-dates.txt");
    String extracted =
        LetterText.extract("no-dates." + format.extension, LetterFiles.as(format, text));

    assertThatThrownBy(() -> reader.read(extracted, "no-dates.txt"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "no-dates.txt names no meeting dates I can read (such as \"19 November 2024\");"
                + " nothing was imported.");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void somethingThatIsNotALetterIsRefused(Format format) {
    String text = LetterFiles.text("not-a-letter.txt");
    String extracted = LetterText.extract("list." + format.extension, LetterFiles.as(format, text));

    assertThatThrownBy(() -> reader.read(extracted, "list.txt"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("does not read like a Co-Chairs' letter");
  }

  @org.junit.jupiter.api.Test
  void timesInEveryClockArePaired() {
    List<String> warnings = new java.util.ArrayList<>();
    assertThat(SittingTimes.find("10.00 a.m. 1.00 p.m. and 3.00 6.00 p.m.", warnings))
        .containsExactly(range("10:00", "13:00"), range("15:00", "18:00"));
    assertThat(SittingTimes.find("10 a.m.-1 p.m.", warnings))
        .containsExactly(range("10:00", "13:00"));
    assertThat(SittingTimes.find("3:00pm- 6:00pm", warnings))
        .containsExactly(range("15:00", "18:00"));
    assertThat(SittingTimes.find("09:00-12:00 14:00-17:30", warnings))
        .containsExactly(range("09:00", "12:00"), range("14:00", "17:30"));
    assertThat(warnings).isEmpty();
    assertThat(SittingTimes.find("3:00-6:00", warnings)).containsExactly(range("15:00", "18:00"));
    assertThat(warnings).singleElement().asString().contains("neither a.m. nor p.m.");
  }

  @org.junit.jupiter.api.Test
  void aWrongWeekdayIsAWarningAndTheDateWins() {
    LetterReading reading =
        reader.read(
            "The Co-Chairs of the IGN will convene a plenary meeting on Monday, 19 November 2024,"
                + " 10:00-13:00, in the Trusteeship Council Chamber.",
            "pasted");

    assertThat(reading.meetings())
        .extracting(MeetingDraft::date)
        .containsExactly(LocalDate.parse("2024-11-19"));
    assertThat(reading.warnings())
        .contains(
            "The letter says \"Monday, 19 November 2024\", but 19 November 2024 is a Tuesday;"
                + " I took the date. Check it.");
  }

  @org.junit.jupiter.api.Test
  void aDateWithoutYearTakesTheYearOfTheLettersOtherDates() {
    LetterReading reading =
        reader.read(
            "The Co-Chairs of the IGN will convene plenary meetings on 19 November 2024 and on"
                + " Thursday, 21 November, 10:00-13:00, in the Trusteeship Council Chamber.",
            "pasted");

    assertThat(reading.meetings())
        .extracting(MeetingDraft::date)
        .containsExactly(LocalDate.parse("2024-11-19"), LocalDate.parse("2024-11-21"));
    assertThat(reading.warnings()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aWeekdayThatDoesNotFitTheInferredYearIsAWarning() {
    LetterReading reading =
        reader.read(
            "12 February 2026\n\nThe Co-Chairs of the IGN will convene a plenary meeting on"
                + " Friday, 21 February, 10:00-13:00, in the Trusteeship Council Chamber.",
            "pasted");

    assertThat(reading.meetings())
        .extracting(MeetingDraft::date)
        .containsExactly(LocalDate.parse("2026-02-21"));
    assertThat(reading.warnings())
        .containsExactly(
            "The letter says \"Friday, 21 February\", but 21 February 2026 is a Saturday;"
                + " I took the date. Check it.");
  }

  private static SittingTimes.Range range(String from, String to) {
    return new SittingTimes.Range(LocalTime.parse(from), LocalTime.parse(to));
  }
}
