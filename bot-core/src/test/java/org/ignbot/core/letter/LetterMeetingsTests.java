package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.time.VenueTime;
import org.junit.jupiter.api.Test;

/**
 * Stage 3: meetings from the mentions — each convened date's own words first, then what the letter
 * says for all; moves, spill-over, Journal entries and tables in any column order.
 */
class LetterMeetingsTests {
  private final LetterReader reader = new LetterReader();

  @Test
  void clustersNamedRespectivelyGoToTheDaysInTheOrderWritten() {
    LetterReading reading =
        reader.read(
            "The Co-Chairs invite you to the informal meetings of the IGN on 4 and 5 March 2027,"
                + " from 10 a.m. to 1 p.m., in the Trusteeship Council Chamber, which will address"
                + " the question of the veto and categories of membership, respectively.",
            "pasted");

    assertThat(meeting(reading, "2027-03-04").clusters()).containsExactly(Cluster.VETO);
    assertThat(meeting(reading, "2027-03-05").clusters()).containsExactly(Cluster.CATEGORIES);
    assertThat(reading.warnings()).isEmpty();
  }

  @Test
  void clustersNamedRespectivelyThatDoNotMatchTheDaysStayOnEachDayWithAWarning() {
    LetterReading reading =
        reader.read(
            "The Co-Chairs invite you to the informal meetings of the IGN on 4 and 5 March 2027,"
                + " from 10 a.m. to 1 p.m., in the Trusteeship Council Chamber, on the question of"
                + " the veto, categories of membership and regional representation, respectively.",
            "pasted");

    assertThat(meeting(reading, "2027-03-05").clusters())
        .containsExactlyInAnyOrder(Cluster.VETO, Cluster.CATEGORIES, Cluster.REGIONAL);
    assertThat(reading.warnings())
        .anyMatch(w -> w.startsWith("Thursday 4 March 2027") && w.contains("respectively"));
  }

  @Test
  void aMeetingAtTheSameTimeAndVenueTakesThePreviousMeetingsSittingsAndRoom() {
    LetterReading reading =
        reader.read(
            """
            3 September 2027

            As Co-Chairs of the IGN we convene two informal meetings. The first is to be held on \
            Thursday, 14 October 2027 between 10.30 a.m. and 1 p.m. in Conference Room 6 and will \
            take up the question of the veto. A further meeting is scheduled for Monday, \
            25 October 2027, at the same time and in the same room; it will consider working \
            methods.
            """,
            "pasted");

    MeetingDraft second = meeting(reading, "2027-10-25");
    assertThat(times(second)).containsExactly("10:30-13:00");
    assertThat(second.venue()).contains("Conference Room 6");
    assertThat(second.clusters()).containsExactly(Cluster.SIZE_METHODS);
    assertThat(meeting(reading, "2027-10-14").clusters()).containsExactly(Cluster.VETO);
  }

  @Test
  void defaultsForAllMeetingsFillRowsAndABracketedRoomWins() {
    LetterReading reading =
        reader.read(
            """
            4 December 2028

            The Co-Chairs of the IGN share the programme of work. Unless otherwise stated, \
            meetings take place from 10 am to 1 pm and from 3 to 6 pm in the ECOSOC Chamber.

            Date\tTopic
            Monday, 15 January\tVeto
            Wednesday, 7 February\tRegional representation (Conference Room 11)
            Friday, 16 February\tSize and working methods (3 pm - 6 pm)
            """,
            "pasted");

    MeetingDraft january = meeting(reading, "2029-01-15");
    assertThat(times(january)).containsExactly("10:00-13:00", "15:00-18:00");
    assertThat(january.venue()).contains("Economic and Social Council Chamber");
    assertThat(meeting(reading, "2029-02-07").venue()).contains("Conference Room 11");
    MeetingDraft afternoon = meeting(reading, "2029-02-16");
    assertThat(times(afternoon)).containsExactly("15:00-18:00");
    assertThat(afternoon.venue()).contains("Economic and Social Council Chamber");
    assertThat(afternoon.clusters()).containsExactly(Cluster.SIZE_METHODS);
  }

  @Test
  void aRescheduledMeetingTakesTheNewDetailsFromTheSentencesThatFollow() {
    LetterReading reading =
        reader.read(
            """
            With reference to our letter dated 2 April 2027 on the IGN, please be informed that \
            the fourth informal meeting, first planned for Tuesday, 20 April 2027, has been \
            moved to Thursday, 29 April 2027. The meeting will run from 3 p.m. to 6 p.m. in the \
            General Assembly Hall. It will discuss categories of membership.
            """,
            "pasted");

    assertThat(reading.meetings())
        .extracting(MeetingDraft::date)
        .containsExactly(date("2027-04-29"));
    MeetingDraft moved = reading.meetings().get(0);
    assertThat(moved.movedFrom()).contains(date("2027-04-20"));
    assertThat(times(moved)).containsExactly("15:00-18:00");
    assertThat(moved.venue()).contains("General Assembly Hall");
    assertThat(moved.clusters()).containsExactly(Cluster.CATEGORIES);
    assertThat(reading.warnings()).isEmpty();
  }

  @Test
  void aSpillOverMorningIsFlaggedAndKeepsTheRoomOfTheMeetingBefore() {
    LetterReading reading =
        reader.read(
            """
            The Co-Chairs of the IGN will hold the plenary on Tuesday, 9 November 2027 from \
            10:00 to 13:00 and 15:00 to 18:00 in Conference Room 3 on regional representation. \
            Should it be needed, a spill-over session could take place on Wednesday, \
            10 November 2027 from 10:00 to 13:00 in the same venue.
            """,
            "pasted");

    MeetingDraft spill = meeting(reading, "2027-11-10");
    assertThat(spill.sittings()).allMatch(Sitting::spillOver).hasSize(1);
    assertThat(spill.venue()).contains("Conference Room 3");
    assertThat(meeting(reading, "2027-11-09").sittings()).noneMatch(Sitting::spillOver);
  }

  @Test
  void aJournalExtractGivesOnlyTheIgnEntriesUnderTheirDays() {
    LetterReading reading =
        reader.read(
            """
            Journal of the United Nations

            Monday, 8 March 2027

            Committee on Conferences
            10 a.m.1 p.m. ............ Conference Room 2

            Intergovernmental negotiations on Security Council reform (informal meeting of the plenary)
            10 a.m.1 p.m. ............ Conference Room 1
            36 p.m. ............ Conference Room 1

            [The Co-Chairs will take up the relationship between the Council and the General Assembly.]

            Tuesday, 9 March 2027

            Fifth Committee
            36 p.m. ............ Conference Room 3
            """,
            "journal.txt");

    assertThat(reading.meetings())
        .extracting(MeetingDraft::date)
        .containsExactly(date("2027-03-08"));
    MeetingDraft monday = reading.meetings().get(0);
    assertThat(times(monday)).containsExactly("10:00-13:00", "15:00-18:00");
    assertThat(monday.venue()).contains("Conference Room 1");
    assertThat(monday.clusters()).containsExactly(Cluster.RELATIONSHIP);
    assertThat(reading.warnings()).isEmpty();
  }

  @Test
  void aLaidOutTableIsReadInTheOrderItsHeaderNames() {
    LetterLayout layout =
        new LetterLayout(
            "table.docx",
            List.of(
                new LetterLayout.Paragraph(List.of("The Co-Chairs of the IGN convene:")),
                new LetterLayout.Table(
                    List.of(
                        List.of("Room", "Subject", "Hours", "Day"),
                        List.of("CR 9", "The veto", "10 a.m. - 1 p.m.", "Tuesday, 2 March 2027"),
                        List.of(
                            "Trusteeship Council",
                            "Categories of membership",
                            "15:00-18:00",
                            "4 March 2027")),
                    true)));

    LetterReading reading = reader.read(layout);

    MeetingDraft tuesday = meeting(reading, "2027-03-02");
    assertThat(tuesday.venue()).contains("Conference Room 9");
    assertThat(times(tuesday)).containsExactly("10:00-13:00");
    assertThat(tuesday.clusters()).containsExactly(Cluster.VETO);
    MeetingDraft thursday = meeting(reading, "2027-03-04");
    assertThat(thursday.venue()).contains("Trusteeship Council Chamber");
    assertThat(thursday.clusters()).containsExactly(Cluster.CATEGORIES);
  }

  @Test
  void aForwardedMailsSentDateIsNoMeetingButDatesTheYearlessMeeting() {
    LetterReading reading =
        reader.read(
            """
            -----Original Message-----
            From: Mission <mission@example.org>
            Sent: Friday, 12 November 2027 18:40
            Subject: IGN

            The Co-Chairs of the IGN will convene the next plenary on Monday, 6 December from \
            10 a.m. to 1 p.m. in the Trusteeship Council Chamber.
            """,
            "mail.txt");

    assertThat(reading.meetings())
        .extracting(MeetingDraft::date)
        .containsExactly(date("2027-12-06"));
  }

  @Test
  void aSentenceGoingOnAboutTheMeetingJustNamedGivesItsCluster() {
    LetterReading reading =
        reader.read(
            """
            On behalf of the Co-Chairs of the IGN, the next informal meeting is convened for             Tuesday, 9 February 2027 from 10:30 a.m. to 1 p.m. in the General Assembly Hall. The             debate will concentrate on the relationship between the Security Council and the             General Assembly.
            """,
            "pasted");

    MeetingDraft meeting = meeting(reading, "2027-02-09");
    assertThat(times(meeting)).containsExactly("10:30-13:00");
    assertThat(meeting.clusters()).containsExactly(Cluster.RELATIONSHIP);
  }

  @Test
  void aSentenceOnARowsDayAddsItsClustersToTheRowsAndAllFiveMeansEveryCluster() {
    LetterReading reading =
        reader.read(
            """
            2 March 2026

            The Co-Chairs of the IGN convene the meetings below. On 16 March 2026 delegations             will take up all five clusters holistically, with particular attention to the             points in the table. The meeting of 20 March 2026 will also address the question of             the veto.

            Date\tTime\tRoom\tTopic
            16 March 2026\t10 a.m. - 1 p.m.\tConference Room 3\tRegional representation
            20 March 2026\t3 - 6 p.m.\tConference Room 3\tCategories of membership
            """,
            "pasted");

    assertThat(meeting(reading, "2026-03-16").clusters())
        .containsExactlyInAnyOrder(Cluster.values());
    assertThat(meeting(reading, "2026-03-20").clusters())
        .containsExactlyInAnyOrder(Cluster.CATEGORIES, Cluster.VETO);
  }

  @Test
  void aProgrammesSpillOverLinesAreMeetingsWithTheDefaultRoomNotTheLineAbove() {
    // Seeds 317, 525 and 846 of the random letters: a list line with no cluster, only a
    // spill-over, was prose and ran into the line above, whose room it took.
    LetterReading reading =
        reader.read(
            """
            2 December 2025

            The Co-Chairs of the IGN share the programme of work. Unless otherwise indicated, all             meetings will take place from 10 a.m. to 1 p.m. in the Trusteeship Council.

            Friday, 16 January: Regional representation
            19 January: Reserved for possible spill-over (10 a.m. - 12 noon, ECOSOC Chamber)
            Wednesday, 21 January: Possible spill-over (11 a.m. - 1 p.m.)
            Thursday, 22 January: Reserved for possible spill-over
            """,
            "pasted");

    MeetingDraft ecosoc = meeting(reading, "2026-01-19");
    assertThat(ecosoc.venue()).contains("Economic and Social Council Chamber");
    assertThat(times(ecosoc)).containsExactly("10:00-12:00");
    MeetingDraft bracketed = meeting(reading, "2026-01-21");
    assertThat(bracketed.venue()).contains("Trusteeship Council Chamber");
    assertThat(times(bracketed)).containsExactly("11:00-13:00");
    assertThat(bracketed.sittings()).allMatch(Sitting::spillOver);
    MeetingDraft bare = meeting(reading, "2026-01-22");
    assertThat(bare.venue()).contains("Trusteeship Council Chamber");
    assertThat(times(bare)).containsExactly("10:00-13:00");
    assertThat(bare.sittings()).allMatch(Sitting::spillOver);
  }

  @Test
  void aParagraphWrappedInMidSentenceIsReadWhole() {
    LetterLayout layout =
        new LetterLayout(
            "moved.pdf",
            List.of(
                new LetterLayout.Paragraph(
                    List.of(
                        "The informal meeting of the IGN foreseen for 3 November 2026 has been moved to",
                        "Monday,",
                        "9 November 2026. It will be held from 10 a.m. to 1 p.m. in the Trusteeship",
                        "Council and will be devoted to all five key issues."))));

    LetterReading reading = reader.read(layout);

    MeetingDraft moved = meeting(reading, "2026-11-09");
    assertThat(moved.movedFrom()).contains(date("2026-11-03"));
    assertThat(times(moved)).containsExactly("10:00-13:00");
    assertThat(moved.venue()).contains("Trusteeship Council Chamber");
    assertThat(moved.clusters()).containsExactlyInAnyOrder(Cluster.values());
  }

  @Test
  void aRowLeftWithABracketOpenIsFinishedByTheLineUnderItNotGivenTheDefaultRoom() {
    // Seed 432's shape, as a layout that did not rejoin the wrap: the bracket opened in the row
    // is closed on the line under it, which holds no date of its own.
    LetterLayout layout =
        new LetterLayout(
            "programme.pdf",
            List.of(
                new LetterLayout.Paragraph(
                    List.of(
                        "The IGN will meet as follows. All meetings will be held from 10 a.m. to 1"
                            + " p.m. in the Trusteeship Council Chamber, unless otherwise"
                            + " indicated.")),
                new LetterLayout.Table(
                    List.of(
                        List.of(
                            "Monday, 25 January 2027",
                            "Relationship between the Council and the General Assembly (General"),
                        List.of("Assembly Hall)", ""),
                        List.of("Monday, 1 February 2027", "Regional representation")),
                    false)));

    LetterReading reading = reader.read(layout);

    assertThat(meeting(reading, "2027-01-25").venue()).contains("General Assembly Hall");
    assertThat(meeting(reading, "2027-02-01").venue()).contains("Trusteeship Council Chamber");
  }

  @Test
  void aListLineEndingInASemicolonGoesOnWithTheClusterOnTheLineUnderIt() {
    // Seeds 7924 and 8554 (PROGRAMME, PDF): a list typed across the page wraps after "...
    // working methods;", and the second cluster on the line under it was not the row's.
    LetterLayout layout =
        new LetterLayout(
            "programme.pdf",
            List.of(
                new LetterLayout.Paragraph(List.of("14 December 2027")),
                new LetterLayout.Paragraph(
                    List.of(
                        "Please find below the programme of work of the IGN. All meetings will be"
                            + " held 10 am–1 pm and 3 pm-6 pm in the Trusteeship Council Chamber,"
                            + " unless otherwise indicated.")),
                new LetterLayout.Table(
                    List.of(
                        List.of("Monday 10 January", "Regional representation"),
                        List.of("Tuesday 18 January", "The question of the veto")),
                    false),
                new LetterLayout.Paragraph(
                    List.of(
                        "Wednesday, 26 January    Size of an enlarged Security Council and working"
                            + " methods;",
                        "Relationship between the Security Council and the General Assembly",
                        "14 February    Relationship between the Security Council and the General"
                            + " Assembly"))));

    LetterReading reading = reader.read(layout);

    assertThat(meeting(reading, "2028-01-26").clusters()).hasSize(2);
  }

  @Test
  void aTableWhoseHeaderSaysTimingAndFocusIsReadInItsColumnOrder() {
    LetterReading reading =
        reader.read(
            """
            The IGN will hold its next informal meetings as follows:

            Timing	Day	Focus	Conference room
            10 a.m.–1 p.m.	Tuesday, 9 March 2027	Regional representation	Conference Room 4
            3–6 p.m.	Thursday, 11 March 2027	The question of the veto	Conference Room 2
            """,
            "pasted");

    MeetingDraft first = meeting(reading, "2027-03-09");
    assertThat(times(first)).containsExactly("10:00-13:00");
    assertThat(first.venue()).contains("Conference Room 4");
    assertThat(first.clusters()).containsExactly(Cluster.REGIONAL);
    assertThat(times(meeting(reading, "2027-03-11"))).containsExactly("15:00-18:00");
  }

  private static MeetingDraft meeting(LetterReading reading, String day) {
    return reading.meetings().stream()
        .filter(meeting -> meeting.date().equals(date(day)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no meeting on " + day + ": " + reading));
  }

  private static List<String> times(MeetingDraft meeting) {
    return meeting.sittings().stream()
        .map(
            sitting ->
                sitting.start().withZoneSameInstant(VenueTime.ZONE).toLocalTime()
                    + "-"
                    + sitting.end().withZoneSameInstant(VenueTime.ZONE).toLocalTime())
        .toList();
  }

  private static LocalDate date(String day) {
    return LocalDate.parse(day);
  }
}
