package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ignbot.core.letter.LetterLayout.Block;
import org.ignbot.core.letter.LetterLayout.Paragraph;
import org.ignbot.core.letter.LetterLayout.Table;
import org.junit.jupiter.api.Test;

/** PDFs drawn at chosen positions lay out into the paragraphs and tables a reader sees. */
class LayoutPdfTests {
  private static final String CLOSING =
      "Please accept, Excellency, the assurances of our highest consideration.";

  @Test
  void cellsWrappedOverSeveralLinesWithoutRulingsRejoinIntoOneRow() {
    byte[] pdf =
        LetterFiles.drawing()
            .columns(72, 170, 290, 420)
            .text(72, 100, "Excellency,")
            .text(72, 125, "We have the honour to invite you to the meetings below.")
            .row(160, "Date", "Time", "Room", "Cluster")
            .row(175, "Tuesday, 14", "10 a.m. – 1", "Trusteeship", "Categories of")
            .row(188, "April 2026", "p.m.", "Council", "membership")
            .row(201, "", "", "Chamber")
            .row(214, "Friday, 17 April", "3 p.m. – 6 p.m.", "Conference", "The veto")
            .row(227, "2026", "", "Room 4")
            .text(72, 252, CLOSING)
            .pdf();

    LetterLayout layout = LetterLayouts.read("wrapped.pdf", pdf);

    assertThat(layout.blocks()).hasSize(4);
    assertThat(layout.blocks().get(1).text())
        .isEqualTo("We have the honour to invite you to the meetings below.");
    Table table = (Table) layout.blocks().get(2);
    assertThat(table.header()).isTrue();
    assertThat(table.rows())
        .containsExactly(
            List.of("Date", "Time", "Room", "Cluster"),
            List.of(
                "Tuesday, 14 April 2026",
                "10 a.m. – 1 p.m.",
                "Trusteeship Council Chamber",
                "Categories of membership"),
            List.of("Friday, 17 April 2026", "3 p.m. – 6 p.m.", "Conference Room 4", "The veto"));
  }

  @Test
  void rulingsSetTheRowsAndACellWithNoRulingAboveRepeatsTheValueAbove() {
    LetterFiles.Drawing drawing =
        LetterFiles.drawing()
            .columns(72, 170, 290, 420)
            .text(72, 120, "Excellency,")
            .ruled(new float[] {66, 164, 284, 414, 530}, 148, 165, 205, 270)
            .line(164, 245, 530, 245) // the date cell is merged over the last two rows
            .row(160, "Date", "Time", "Venue", "Topic")
            .row(178, "Monday, 9", "10:00 – 13:00", "ECOSOC", "Regional")
            .row(191, "March 2026", "", "Chamber", "representation")
            .row(218, "Tuesday,", "10:00 – 13:00", "Conference", "The veto")
            .row(231, "10 March 2026", "", "Room 1")
            .row(258, "", "15:00 – 18:00", "Conference Room 2", "The veto");

    LetterLayout layout = LetterLayouts.read("ruled.pdf", drawing.pdf());

    assertThat(tables(layout)).hasSize(1);
    assertThat(tables(layout).get(0).rows())
        .containsExactly(
            List.of("Date", "Time", "Venue", "Topic"),
            List.of(
                "Monday, 9 March 2026",
                "10:00 – 13:00",
                "ECOSOC Chamber",
                "Regional representation"),
            List.of("Tuesday, 10 March 2026", "10:00 – 13:00", "Conference Room 1", "The veto"),
            List.of("Tuesday, 10 March 2026", "15:00 – 18:00", "Conference Room 2", "The veto"));
  }

  @Test
  void rulingsDrawnAsThinFilledRectanglesSetTheRowsToo() {
    LetterFiles.Drawing drawing =
        LetterFiles.drawing()
            .columns(72, 250)
            .ruledWithBoxes(0.8f, new float[] {66, 244, 450}, 148, 165, 196, 232)
            .box(244, 214, 206, 0.8f) // the date cell spans the last two rows
            .row(160, "Date", "Cluster")
            .row(178, "Monday, 9 March 2026", "Regional")
            .row(191, "", "representation")
            .row(209, "Tuesday, 10 March 2026", "The veto")
            .row(227, "", "Categories");

    LetterLayout layout = LetterLayouts.read("boxes.pdf", drawing.pdf());

    assertThat(tables(layout)).hasSize(1);
    assertThat(tables(layout).get(0).rows())
        .containsExactly(
            List.of("Date", "Cluster"),
            List.of("Monday, 9 March 2026", "Regional representation"),
            List.of("Tuesday, 10 March 2026", "The veto"),
            List.of("Tuesday, 10 March 2026", "Categories"));
  }

  @Test
  void aTableCutByAPageBreakGoesOnWithoutItsRepeatedHeaderOrThePageNumbers() {
    byte[] pdf =
        LetterFiles.drawing()
            .columns(72, 220, 330)
            .text(72, 600, "The meetings are as follows:")
            .row(640, "Date", "Time", "Venue")
            .row(655, "Monday, 2 November 2026", "10 a.m. – 1 p.m.", "Trusteeship Council Chamber")
            .row(668, "Thursday, 5", "3 p.m. – 6 p.m.", "Conference Room 4")
            .text(300, 750, "- 1 -")
            .newPage()
            .row(72, "Date", "Time", "Venue")
            .text(72, 85, "November 2026")
            .row(98, "Friday, 6 November 2026", "10 a.m. – 1 p.m.", "ECOSOC Chamber")
            .text(72, 130, CLOSING)
            .text(300, 750, "- 2 -")
            .pdf();

    LetterLayout layout = LetterLayouts.read("two-pages.pdf", pdf);

    assertThat(tables(layout)).hasSize(1);
    assertThat(tables(layout).get(0).rows())
        .containsExactly(
            List.of("Date", "Time", "Venue"),
            List.of("Monday, 2 November 2026", "10 a.m. – 1 p.m.", "Trusteeship Council Chamber"),
            List.of("Thursday, 5 November 2026", "3 p.m. – 6 p.m.", "Conference Room 4"),
            List.of("Friday, 6 November 2026", "10 a.m. – 1 p.m.", "ECOSOC Chamber"));
    assertThat(layout.text()).doesNotContain("- 1 -", "- 2 -");
  }

  @Test
  void aRowWrappedAtTheTopOfTheNextPageIsToldByTheRowGapsLearntOnTheFirst() {
    String morning = "10 a.m. – 1 p.m.";
    byte[] pdf =
        LetterFiles.drawing()
            .columns(72, 220, 360)
            .row(600, "Venue", "Time", "Date")
            .text(72, 619, "Conference Room 4")
            .text(220, 619, morning)
            .row(619, "", "", "Monday, 2 November 2026")
            .row(632, "", "3 p.m. – 6 p.m.")
            .text(72, 651, "ECOSOC Chamber")
            .text(220, 651, morning)
            .row(651, "", "", "Tuesday, 3 November 2026")
            .newPage()
            .text(72, 72, "Trusteeship")
            .text(220, 72, morning)
            .row(72, "", "", "Thursday, 5 November 2026")
            .row(85, "Council", "3 p.m. – 6 p.m.")
            .text(72, 98, "Chamber")
            .text(72, 130, CLOSING)
            .pdf();

    LetterLayout layout = LetterLayouts.read("padded.pdf", pdf);

    assertThat(tables(layout)).hasSize(1);
    assertThat(tables(layout).get(0).rows())
        .containsExactly(
            List.of("Venue", "Time", "Date"),
            List.of("Conference Room 4", morning + " 3 p.m. – 6 p.m.", "Monday, 2 November 2026"),
            List.of("ECOSOC Chamber", morning, "Tuesday, 3 November 2026"),
            List.of(
                "Trusteeship Council Chamber",
                morning + " 3 p.m. – 6 p.m.",
                "Thursday, 5 November 2026"));
  }

  @Test
  void twoNamesSideBySideUnderTheLetterAreLinesOfAParagraphNotATable() {
    byte[] pdf =
        LetterFiles.drawing()
            .columns(72, 330)
            .text(72, 100, CLOSING)
            .row(140, "Ambassador One", "Ambassador Two")
            .row(153, "Permanent Representative of A", "Permanent Representative of B")
            .pdf();

    LetterLayout layout = LetterLayouts.read("signed.pdf", pdf);

    assertThat(tables(layout)).isEmpty();
    Paragraph signatures = (Paragraph) layout.blocks().get(1);
    assertThat(signatures.lines()).hasSize(2);
    assertThat(signatures.lines().get(0)).matches("Ambassador One {2,}Ambassador Two");
  }

  @Test
  void linesGroupIntoParagraphsByTheirGapsAndAParagraphGoesOnAcrossAPageBreak() {
    byte[] pdf =
        LetterFiles.drawing()
            .text(72, 100, "12 October 2026")
            .text(72, 130, "We are pleased to invite you to the third meeting, which will")
            .text(72, 144, "be held on Monday, 2 November 2026 in the Trusteeship")
            .newPage()
            .text(72, 72, "Council Chamber from 10 a.m. to 1 p.m.")
            .text(72, 100, "The Co-Chairs")
            .pdf();

    LetterLayout layout = LetterLayouts.read("paragraphs.pdf", pdf);

    assertThat(layout.blocks())
        .map(Block::text)
        .containsExactly(
            "12 October 2026",
            "We are pleased to invite you to the third meeting, which will\n"
                + "be held on Monday, 2 November 2026 in the Trusteeship\n"
                + "Council Chamber from 10 a.m. to 1 p.m.",
            "The Co-Chairs");
  }

  @Test
  void rowsSetApartByMoreThanTwoLinesOfPaddingStayOneTableWhenOnlyAMiddleCellWraps() {
    // Seed 20261589: rows 23 points apart (11-point type, wide padding), cells wrapping 15 points
    // apart; the key (date) cell of each row fits on one line, the room wraps.
    byte[] pdf =
        LetterFiles.drawing()
            .columns(72, 190, 300, 410)
            .text(72, 130, "The programme of the meetings is set out in the table below.")
            .row(160, "Date", "Hours", "Room", "Cluster")
            .row(183, "Friday, 9 May 2025", "10 a.m.–1 p.m.", "General Assembly", "Spill-over")
            .row(198, "", "", "Hall")
            .row(221, "Tuesday, 27 May 2025", "10 a.m. - 1 p.m.", "Trusteeship", "The veto")
            .row(236, "", "", "Council")
            .row(259, "Monday, 2 June 2025", "10 a.m.–1 p.m.", "Conference Room 4", "Regional")
            .text(72, 295, CLOSING)
            .pdf();

    LetterLayout layout = LetterLayouts.read("padded-rows.pdf", pdf);

    assertThat(tables(layout)).hasSize(1);
    assertThat(tables(layout).get(0).rows())
        .containsExactly(
            List.of("Date", "Hours", "Room", "Cluster"),
            List.of("Friday, 9 May 2025", "10 a.m.–1 p.m.", "General Assembly Hall", "Spill-over"),
            List.of("Tuesday, 27 May 2025", "10 a.m. - 1 p.m.", "Trusteeship Council", "The veto"),
            List.of("Monday, 2 June 2025", "10 a.m.–1 p.m.", "Conference Room 4", "Regional"));
  }

  @Test
  void aRuledRowAloneOnTheNextPageKeepsItsWrappedCellsTogether() {
    // Seed 20261633: the last row of a ruled table moves to page 2, where it is the only row; its
    // key cell ("Trusteeship" / "Council") wraps like its other cells, at the gap the rows of page
    // 1 showed as a wrap inside a band.
    float[] xs = {66, 144, 214, 324, 434, 540};
    LetterFiles.Drawing drawing =
        LetterFiles.drawing()
            .columns(72, 150, 220, 330, 440)
            .ruled(xs, 148, 165, 232)
            .row(160, "Room", "Format", "Time", "Theme", "Date of meeting")
            .row(180, "Trusteeship", "1st IGN", "10 a.m. – 1", "Regional", "Friday, 2 January")
            .row(196, "Council", "Plenary", "p.m.", "representation", "2026")
            .row(212, "", "", "3 p.m. – 6", "", "")
            .row(228, "", "", "p.m.", "", "")
            .newPage()
            .ruled(xs, 64, 134)
            .row(80, "Trusteeship", "6th IGN", "10 a.m. –", "The veto", "Wednesday, 18")
            .row(96, "Council", "Plenary", "12.30 p.m.", "", "February 2026")
            .row(112, "", "", "3 p.m. – 5.30", "", "")
            .row(128, "", "", "p.m.", "", "")
            .text(72, 160, CLOSING);

    LetterLayout layout = LetterLayouts.read("ruled-over-a-page.pdf", drawing.pdf());

    assertThat(tables(layout)).hasSize(1);
    assertThat(tables(layout).get(0).rows())
        .containsExactly(
            List.of("Room", "Format", "Time", "Theme", "Date of meeting"),
            List.of(
                "Trusteeship Council",
                "1st IGN Plenary",
                "10 a.m. – 1 p.m. 3 p.m. – 6 p.m.",
                "Regional representation",
                "Friday, 2 January 2026"),
            List.of(
                "Trusteeship Council",
                "6th IGN Plenary",
                "10 a.m. – 12.30 p.m. 3 p.m. – 5.30 p.m.",
                "The veto",
                "Wednesday, 18 February 2026"));
  }

  @Test
  void aLoneRowsDateWrappedAfterItsWeekdayStaysOneRowUnderAHeaderSetApart() {
    // Seed 2234: one row under its header, the row's padding wider than its wrap; the date's
    // second line ("17 March 2025") is a date of its own, yet finishes the "Monday" above it.
    byte[] pdf =
        LetterFiles.drawing()
            .columns(72, 160, 250, 400)
            .text(72, 130, "The meetings will be held as follows:")
            .row(160, "Date of meeting", "Room", "Cluster", "Time")
            .row(181, "Monday", "Conference", "Veto and Relationship", "10.00–13.00")
            .row(195, "17 March 2025", "Room 9", "between the Council", "and 15.00-18.00")
            .text(72, 230, CLOSING)
            .pdf();

    LetterLayout layout = LetterLayouts.read("one-row.pdf", pdf);

    assertThat(tables(layout)).hasSize(1);
    assertThat(tables(layout).get(0).rows())
        .containsExactly(
            List.of("Date of meeting", "Room", "Cluster", "Time"),
            List.of(
                "Monday 17 March 2025",
                "Conference Room 9",
                "Veto and Relationship between the Council",
                "10.00–13.00 and 15.00-18.00"));
  }

  @Test
  void listLinesWhoseSecondPartsStartAtDifferentPlacesAreNoTable() {
    // Seed 2428: a programme's "date    cluster" lines, the gap after each date as typed; the
    // second line's cluster starts left of the first's and runs across it.
    byte[] pdf =
        LetterFiles.drawing()
            .size(12)
            .text(
                74, 230, "Unless otherwise indicated, all meetings will take place 10:30 am–1 pm.")
            .text(74, 253.3f, "Monday, 3 January")
            .text(178.3f, 253.3f, "All five clusters")
            .text(74, 268.5f, "Monday, 24 January")
            .text(184.3f, 268.5f, "Possible spill-over (10 am–12:30 pm)")
            .text(74, 283.7f, "17 February")
            .text(144.3f, 283.7f, "Size of an enlarged Security Council and working methods")
            .text(74, 298.9f, "Monday, 6 March")
            .text(172.3f, 298.9f, "Relationship between the Council and the General Assembly")
            .text(74, 314.1f, "9 March")
            .text(126.3f, 314.1f, "Size of an enlarged Security Council and working methods")
            .text(74, 340, "We thank all delegations for their engagement.")
            .pdf();

    LetterLayout layout = LetterLayouts.read("list.pdf", pdf);

    assertThat(tables(layout)).isEmpty();
    assertThat(layout.text())
        .contains("Monday, 6 March")
        .contains("Relationship between the Council and the General Assembly")
        .contains("9 March")
        .contains("Size of an enlarged Security Council and working methods");
  }

  @Test
  void aKeyCellWrappedUnderTheWidestLineStaysInTheKeyCell() {
    // Seed 20261310: the widest line of the page is the table's only row; its key (hours) cell
    // wraps, and "p.m." finishes the hours, not the room at the end of the line.
    byte[] pdf =
        LetterFiles.drawing()
            .columns(72, 200, 300, 440)
            .text(72, 130, "The meetings will be held as follows:")
            .row(160, "Hours", "Date", "Topic/Cluster", "Location")
            .row(
                181,
                "10 a.m.-1 p.m. 4 p.m.–6",
                "10 December 2027",
                "Regional representation",
                "Trusteeship Council Chamber")
            .row(195, "p.m.")
            .text(72, 230, "Please accept the assurances of our highest consideration.")
            .pdf();

    LetterLayout layout = LetterLayouts.read("key-wrap.pdf", pdf);

    assertThat(tables(layout)).hasSize(1);
    assertThat(tables(layout).get(0).rows().get(1))
        .containsExactly(
            "10 a.m.-1 p.m. 4 p.m.–6 p.m.",
            "10 December 2027",
            "Regional representation",
            "Trusteeship Council Chamber");
  }

  @Test
  void aListLineWrappedToTheLeftMarginGoesOnInItsOpenCellNotAsARowOfItsOwn() {
    // Seed 432: a programme's lines drawn as a table; the room in brackets wraps to the left
    // margin ("(General Assembly" / "Hall)"), and another line's cluster ("the General" /
    // "Assembly"). Each wrap finishes the cell above, not a row of its own.
    byte[] pdf =
        LetterFiles.drawing()
            .columns(72, 210)
            .text(72, 120, "All meetings will be held 10:00 - 13:00 in the Trusteeship Council,")
            .text(72, 134, "unless otherwise indicated.")
            .row(
                160,
                "Monday, 25 January 2027",
                "Relationship between the Council and the General Assembly (General")
            .text(72, 174, "Hall)")
            .row(188, "Monday, 1 February 2027", "Regional representation (Conference Room 9)")
            .row(
                202,
                "Thursday, April 22, 2027",
                "Categories of membership; Relationship between the Council and the")
            .text(72, 216, "Assembly")
            .text(72, 250, CLOSING)
            .pdf();

    LetterLayout layout = LetterLayouts.read("wrapped-list.pdf", pdf);

    assertThat(tables(layout)).hasSize(1);
    assertThat(tables(layout).get(0).rows())
        .extracting(row -> row.get(1))
        .containsExactly(
            "Relationship between the Council and the General Assembly (General Hall)",
            "Regional representation (Conference Room 9)",
            "Categories of membership; Relationship between the Council and the Assembly");
  }

  @Test
  void aWrapThatCrossesTheColumnsUnderAnAlignedRunFinishesItsRowNotAParagraph() {
    // Seeds 5750, 6078, 7883 and 9764 (PROGRAMME, PDF): a run of list lines lines up as a table;
    // the last row's room wraps to the left margin in a line long enough to cross the second
    // column ("(Economic and Social Council Chamber)"), which ended the table and left the room in
    // a paragraph of its own: the row read the default Trusteeship Council Chamber.
    byte[] pdf =
        LetterFiles.drawing()
            .columns(72, 190)
            .text(72, 120, "All meetings will be held 10:00 - 13:00 in the Trusteeship Council.")
            .row(160, "Thursday 14 January", "Regional Representation")
            .row(
                174,
                "Monday, 8 February",
                "Relationship between the Security Council and the General Assembly")
            .text(72, 188, "(Economic and Social Council Chamber)")
            .text(72, 202, "Wednesday, 24 February    The question of the veto")
            .row(230, "Monday 24 March", "Regional representation")
            .row(
                244,
                "Friday, 27 March",
                "Relationship between the Council and the Assembly (Economic and")
            .text(72, 258, "Social Council Chamber)")
            .text(72, 272, "Monday, 30 March    The question of the veto")
            .pdf();

    LetterLayout layout = LetterLayouts.read("wrapped-room.pdf", pdf);

    assertThat(tables(layout))
        .flatExtracting(Table::rows)
        .extracting(row -> row.get(row.size() - 1))
        .contains(
            "Relationship between the Security Council and the General Assembly (Economic and"
                + " Social Council Chamber)",
            "Relationship between the Council and the Assembly (Economic and Social Council"
                + " Chamber)");
  }

  @Test
  void aRoomNumberWrappedToTheFootOfThePageIsNotTakenForAPageNumber() {
    // Seeds 771, 1486, 1632 and 3038 (TABLE, PDF): the last row on a page wraps its room
    // ("Conference Room" / "4"); the lone "4" at the foot of the page was dropped as a page number
    // and the meeting read no room.
    byte[] pdf =
        LetterFiles.drawing()
            .columns(72, 250, 360, 460)
            .text(72, 640, "Please find below the schedule of the upcoming meetings.")
            .row(670, "Topic", "Location", "Time", "Date of meeting")
            .row(
                684,
                "Categories of Membership",
                "Conference Room 4",
                "10 am–1 pm",
                "16 December 2024")
            .row(698, "Possible spill-over", "Conference Room", "3 - 6 pm", "17 December 2024")
            .row(710, "", "4")
            .text(300, 760, "1")
            .newPage()
            .row(
                72,
                "Categories of Membership",
                "Conference Room 4",
                "10 am–1 pm",
                "23 December 2024")
            .row(
                86, "Spill-over (if needed)", "Conference Room 4", "10 am–1 pm", "24 December 2024")
            .text(72, 120, "We look forward to seeing you at the meetings.")
            .text(300, 760, "2")
            .pdf();

    LetterLayout layout = LetterLayouts.read("wrapped-room-at-foot.pdf", pdf);

    assertThat(tables(layout))
        .flatExtracting(Table::rows)
        .extracting(row -> row.get(1))
        .containsExactly(
            "Location",
            "Conference Room 4",
            "Conference Room 4",
            "Conference Room 4",
            "Conference Room 4");
  }

  @Test
  void aLoneRowWithAWrappedCellAtTheTopOfTheNextPageGoesOnWithTheTable() {
    // Seeds 255, 1051 and 2448 (TABLE, PDF): the table's last row moved to the next page, its room
    // wrapped ("Trusteeship" / "Council"); one aligned line was no table, so the row became a
    // paragraph and its room was lost.
    byte[] pdf =
        LetterFiles.drawing()
            .columns(72, 250, 370, 470)
            .text(72, 640, "Please find below the schedule of the upcoming meetings.")
            .row(670, "Theme", "Day/Date", "Room", "Time")
            .row(684, "Veto", "Wed, 14 Feb 2029", "Trusteeship Council", "3 p.m. - 6 p.m.")
            .row(698, "Possible spill-over", "19 February 2029", "Trusteeship Council", "10 a.m.")
            .newPage()
            .row(72, "Spill-over (if needed)", "Tuesday, 3 April 2029", "Trusteeship", "10 a.m.")
            .row(86, "", "", "Council")
            .text(72, 120, "We look forward to seeing you at the meetings.")
            .pdf();

    LetterLayout layout = LetterLayouts.read("lone-row-next-page.pdf", pdf);

    assertThat(tables(layout)).hasSize(1);
    assertThat(tables(layout).get(0).rows())
        .extracting(row -> row.get(2))
        .containsExactly(
            "Room", "Trusteeship Council", "Trusteeship Council", "Trusteeship Council");
  }

  @Test
  void aBracketWrappedToTheLeftMarginClosesItsCellEvenWhenItStartsInLowerCase() {
    // Seed 9682 (PROGRAMME, PDF): "(10:30" / "a.m. – 1:00 p.m.)" wrapped to the left margin; a
    // line in lower case went on with the key cell, and the row read its times out of order.
    byte[] pdf =
        LetterFiles.drawing()
            .columns(72, 190)
            .text(72, 120, "All meetings will be held 10:00 - 13:00 in the Trusteeship Council,")
            .text(72, 134, "unless otherwise indicated.")
            .row(
                160,
                "Tuesday, 7 January",
                "Reserved for possible spill-over (10:00 a.m.-1:00 p.m.)")
            .row(
                174,
                "Monday 20 January",
                "The question of the veto and Size of an enlarged Council (10:30")
            .text(72, 188, "a.m. – 1:00 p.m.)")
            .row(
                202,
                "Friday 31 January",
                "Relationship between the Council and the General Assembly")
            .pdf();

    LetterLayout layout = LetterLayouts.read("wrapped-bracket.pdf", pdf);

    assertThat(tables(layout)).hasSize(1);
    assertThat(tables(layout).get(0).rows())
        .extracting(row -> row.get(0))
        .containsExactly("Tuesday, 7 January", "Monday 20 January", "Friday 31 January");
  }

  @Test
  void aColumnNameWrappedInANarrowColumnFinishesTheHeader() {
    // Found with the writer's "Conference room" header: "room" on a line of its own became a row,
    // and on the next page it ran into the first row's room.
    byte[] pdf =
        LetterFiles.drawing()
            .columns(72, 200, 300, 440)
            .text(72, 130, "The meetings will be held as follows:")
            .row(160, "Conference", "Time", "Day", "Topic/Cluster")
            .row(172, "room")
            .row(193, "General Assembly Hall", "10:00am–1:00pm", "20 January 2028", "Veto")
            .row(
                214, "Conference Room 4", "3:00pm–6:00pm", "21 January 2028", "Possible spill-over")
            .text(72, 250, "Please accept the assurances of our highest consideration.")
            .pdf();

    LetterLayout layout = LetterLayouts.read("wrapped-header.pdf", pdf);

    assertThat(tables(layout)).hasSize(1);
    assertThat(tables(layout).get(0).rows())
        .extracting(row -> row.get(0))
        .containsExactly("Conference room", "General Assembly Hall", "Conference Room 4");
  }

  private static List<Table> tables(LetterLayout layout) {
    return layout.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
  }
}
