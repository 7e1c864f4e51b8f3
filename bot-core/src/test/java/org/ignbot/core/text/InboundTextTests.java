package org.ignbot.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InboundTextTests {

  @Test
  void everyFormOfLineBreakBecomesANewlineAndTabsStay() {
    assertThat(InboundText.normalise("a\r\nb\rc\u000Bd\u000Ce\u0085f\u2028g\u2029h\ti"))
        .isEqualTo("a\nb\nc\nd\ne\nf\ng\nh\ti");
  }

  @Test
  void otherControlCharactersAreDropped() {
    assertThat(InboundText.normalise("Veto\u0000 cluster\u001B[31m\u0007\u007F\u0090"))
        .isEqualTo("Veto cluster[31m");
  }

  @Test
  void plainTextIsReturnedAsItIs() {
    String text = "1st IGN Plenary — Salle des Assemblées, 10:00";

    assertThat(InboundText.normalise(text)).isSameAs(text);
  }

  @Test
  void aLineHasNoBreakLeft() {
    assertThat(InboundText.line("letter\u0000\r\n2024.pdf")).isEqualTo("letter 2024.pdf");
  }
}
