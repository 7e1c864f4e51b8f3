package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ignbot.core.letter.LetterLayout.Block;
import org.ignbot.core.letter.LetterLayout.Paragraph;
import org.ignbot.core.letter.LetterLayout.Table;
import org.junit.jupiter.api.Test;

/** Pasted and plain text lays out into paragraphs and the tables typed into it. */
class LayoutTextTests {
  @Test
  void blankLinesSplitParagraphsAndEachKeepsItsLines() {
    LetterLayout layout =
        LetterLayouts.ofText(
            "Excellency,\n\nWe are pleased\nto invite you.\n\n\nThe Co-Chairs", "");

    assertThat(layout.name()).isEqualTo("the pasted letter");
    assertThat(layout.blocks())
        .containsExactly(
            new Paragraph(List.of("Excellency,")),
            new Paragraph(List.of("We are pleased", "to invite you.")),
            new Paragraph(List.of("The Co-Chairs")));
  }

  @Test
  void tabbedLinesWithAHeaderAreOneTable() {
    LetterLayout layout =
        LetterLayouts.ofText(
            "The meetings:\nDate\tTime\tRoom\n19 November 2024\t10 a.m.\tConference Room 4\n"
                + "\t3 p.m.\t\n21 November 2024\t10 a.m.\tConference Room 1\nThe Co-Chairs",
            "tabs");

    assertThat(layout.blocks()).hasSize(3);
    assertThat(layout.blocks().get(0).text()).isEqualTo("The meetings:");
    Table table = (Table) layout.blocks().get(1);
    assertThat(table.header()).isTrue();
    assertThat(table.rows())
        .containsExactly(
            List.of("Date", "Time", "Room"),
            List.of("19 November 2024", "10 a.m. 3 p.m.", "Conference Room 4"),
            List.of("21 November 2024", "10 a.m.", "Conference Room 1"));
  }

  @Test
  void pipeTablesDropTheirRuleLine() {
    LetterLayout layout =
        LetterLayouts.ofText(
            "| Date | Cluster |\n|------|---------|\n| Thursday, 21 January | The veto |\n"
                + "| Monday, 8 March | Regional representation (Conference Room 4) |",
            "pipes");

    assertThat(layout.blocks())
        .containsExactly(
            new Table(
                List.of(
                    List.of("Date", "Cluster"),
                    List.of("Thursday, 21 January", "The veto"),
                    List.of("Monday, 8 March", "Regional representation (Conference Room 4)")),
                true));
  }

  @Test
  void spacedColumnsThatLineUpAreATableAndAWrappedCellRejoins() {
    String text =
        String.join(
            "\n",
            "Date               Time                 Venue",
            "Tuesday, 14        10 a.m. - 1 p.m.     Trusteeship Council",
            "April 2026         3 p.m. - 6 p.m.      Chamber",
            "Friday, 17 April   3 p.m. - 6 p.m.      Conference Room 4",
            "2026");

    LetterLayout layout = LetterLayouts.ofText(text, "spaced");

    assertThat(layout.blocks()).hasSize(1);
    assertThat(((Table) layout.blocks().get(0)).rows())
        .containsExactly(
            List.of("Date", "Time", "Venue"),
            List.of(
                "Tuesday, 14 April 2026",
                "10 a.m. - 1 p.m. 3 p.m. - 6 p.m.",
                "Trusteeship Council Chamber"),
            List.of("Friday, 17 April 2026", "3 p.m. - 6 p.m.", "Conference Room 4"));
  }

  @Test
  void signaturesSideBySideEmailHeadersAndJournalLinesStayLinesOfParagraphs() {
    String text =
        String.join(
            "\n",
            "From:\tOffice of the Co-Chairs",
            "Sent:\tMonday, 18 November 2024 10:14",
            "Subject:\tIGN",
            "",
            "Tuesday, 2 March 2027",
            "10 a.m.1 p.m. and 36 p.m. ............ Trusteeship Council Chamber",
            "10 a.m.1 p.m.   ........... Conference Room 3",
            "",
            "Ambassador One          Ambassador Two",
            "Permanent Representative          Permanent Representative");

    LetterLayout layout = LetterLayouts.ofText(text, "lines");

    assertThat(layout.blocks()).allMatch(Paragraph.class::isInstance);
    assertThat(layout.blocks())
        .map(block -> ((Paragraph) block).lines().size())
        .containsExactly(3, 3, 2);
    assertThat(layout.blocks().get(2).text()).startsWith("Ambassador One          Ambassador Two");
  }

  @Test
  void controlCharactersAreRemovedAndOddLineBreaksBecomeNewlines() {
    String text =
        "Excellency,\u0000\u0007\r\nThe meeting\u000bwill be held\u0085on\u2028Monday\u2029"
            + "in\u000cRoom\u00a01.\u0094\u202e\n\n"
            + "The Co-Chairs of the IGN. ".repeat(20).strip();

    LetterLayout layout =
        LetterLayouts.read("controls.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(layout.blocks())
        .map(Block::text)
        .startsWith("Excellency,\nThe meeting\nwill be held\non\nMonday\nin\nRoom 1.");
    assertThat(layout.text()).doesNotContainPattern("[\\p{Cc}&&[^\\n\\t]]");
  }
}
