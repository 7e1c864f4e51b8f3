package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ignbot.core.letter.LetterLayout.Block;
import org.ignbot.core.letter.LetterLayout.Paragraph;
import org.ignbot.core.letter.LetterLayout.Table;
import org.junit.jupiter.api.Test;

/** PDFs drawn at chosen positions lay out into the paragraphs and tables a reader sees. */
class LayoutPdfTests {
  @Test
  void cellsWrappedOverSeveralLinesWithoutRulingsRejoinIntoOneRow() {
    byte[] pdf =
        LetterFiles.drawing()
            .text(72, 100, "Excellency,")
            .text(72, 125, "We have the honour to invite you to the meetings below.")
            .text(72, 160, "Date")
            .text(170, 160, "Time")
            .text(290, 160, "Room")
            .text(420, 160, "Cluster")
            .text(72, 175, "Tuesday, 14")
            .text(170, 175, "10 a.m. – 1")
            .text(290, 175, "Trusteeship")
            .text(420, 175, "Categories of")
            .text(72, 188, "April 2026")
            .text(170, 188, "p.m.")
            .text(290, 188, "Council")
            .text(420, 188, "membership")
            .text(290, 201, "Chamber")
            .text(72, 214, "Friday, 17 April")
            .text(170, 214, "3 p.m. – 6 p.m.")
            .text(290, 214, "Conference")
            .text(420, 214, "The veto")
            .text(72, 227, "2026")
            .text(290, 227, "Room 4")
            .text(
                72, 252, "Please accept, Excellency, the assurances of our highest consideration.")
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
    LetterFiles.Drawing drawing = LetterFiles.drawing().text(72, 120, "Excellency,");
    for (float x : new float[] {66, 164, 284, 414, 530}) {
      drawing.line(x, 148, x, 270);
    }
    drawing
        .line(66, 148, 530, 148)
        .line(66, 165, 530, 165)
        .line(66, 205, 530, 205)
        .line(164, 245, 530, 245) // the date cell is merged over the last two rows
        .line(66, 270, 530, 270)
        .text(72, 160, "Date")
        .text(170, 160, "Time")
        .text(290, 160, "Venue")
        .text(420, 160, "Topic")
        .text(72, 178, "Monday, 9")
        .text(72, 191, "March 2026")
        .text(170, 178, "10:00 – 13:00")
        .text(290, 178, "ECOSOC")
        .text(290, 191, "Chamber")
        .text(420, 178, "Regional")
        .text(420, 191, "representation")
        .text(72, 218, "Tuesday,")
        .text(72, 231, "10 March 2026")
        .text(170, 218, "10:00 – 13:00")
        .text(290, 218, "Conference")
        .text(290, 231, "Room 1")
        .text(420, 218, "The veto")
        .text(170, 258, "15:00 – 18:00")
        .text(290, 258, "Conference Room 2")
        .text(420, 258, "The veto");

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
  void aTableCutByAPageBreakGoesOnWithoutItsRepeatedHeaderOrThePageNumbers() {
    byte[] pdf =
        LetterFiles.drawing()
            .text(72, 600, "The meetings are as follows:")
            .text(72, 640, "Date")
            .text(220, 640, "Time")
            .text(330, 640, "Venue")
            .text(72, 655, "Monday, 2 November 2026")
            .text(220, 655, "10 a.m. – 1 p.m.")
            .text(330, 655, "Trusteeship Council Chamber")
            .text(72, 668, "Thursday, 5")
            .text(220, 668, "3 p.m. – 6 p.m.")
            .text(330, 668, "Conference Room 4")
            .text(300, 750, "- 1 -")
            .newPage()
            .text(72, 72, "Date")
            .text(220, 72, "Time")
            .text(330, 72, "Venue")
            .text(72, 85, "November 2026")
            .text(72, 98, "Friday, 6 November 2026")
            .text(220, 98, "10 a.m. – 1 p.m.")
            .text(330, 98, "ECOSOC Chamber")
            .text(
                72, 130, "Please accept, Excellency, the assurances of our highest consideration.")
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
  void twoNamesSideBySideUnderTheLetterAreLinesOfAParagraphNotATable() {
    byte[] pdf =
        LetterFiles.drawing()
            .text(
                72, 100, "Please accept, Excellency, the assurances of our highest consideration.")
            .text(72, 140, "Ambassador One")
            .text(330, 140, "Ambassador Two")
            .text(72, 153, "Permanent Representative of A")
            .text(330, 153, "Permanent Representative of B")
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

  private static List<Table> tables(LetterLayout layout) {
    return layout.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
  }
}
