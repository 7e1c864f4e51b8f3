package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A programme typed across a PDF page whose line wraps to the left margin: the lone line under the
 * date is the rest of the row's last cell, also when the dates have no year.
 */
class LayoutPdfMarginWrapTests {
  @Test
  void aLineWrappedToTheMarginUnderADateWithoutAYearFinishesTheRowsLastCell() {
    byte[] pdf =
        LetterFiles.drawing()
            .size(10)
            .columns(72, 200)
            .text(
                72, 100, "The programme of work of the IGN for the coming months, unless otherwise")
            .text(
                72,
                114,
                "indicated, is as follows, all meetings in the Trusteeship Council Chamber.")
            .row(140, "Tuesday 20 January", "Veto")
            .row(
                154,
                "Tuesday 3 February",
                "Veto and Relationship between the Security Council and the General")
            .row(168, "Assembly", "")
            .row(182, "Monday 9 February", "Regional representation")
            .pdf();

    LetterLayout layout = LetterLayouts.read("programme.pdf", pdf);

    assertThat(layout.text())
        .contains(
            "Tuesday 3 February\tVeto and Relationship between the Security Council and the General"
                + " Assembly")
        .doesNotContain("\nAssembly");
  }
}
