package org.ignbot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.fortuna.ical4j.model.property.Description;
import org.junit.jupiter.api.Test;

class EscapedTextTests {
  private static final String ALPHABET = "ab ,;\\\n\"'«»:é中ع";

  @Test
  void writesWhatIcal4jWritesForAnyText() {
    Random random = new Random(7);
    for (int round = 0; round < 1000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }

      assertThat(new EscapedText("DESCRIPTION", text.toString()).toString())
          .isEqualTo(new Description(text.toString()).toString());
    }
  }

  @Test
  void everyKindOfLineBreakBecomesAnEscapedNewline() {
    assertThat(EscapedText.escape("one\r\ntwo\rthree\nfour")).isEqualTo("one\\ntwo\\nthree\\nfour");
    assertThat(EscapedText.escape("plain text")).isSameAs("plain text");
  }
}
