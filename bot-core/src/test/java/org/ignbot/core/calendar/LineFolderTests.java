package org.ignbot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineFolderTests {
  private static final int[] SCRIPTS = {'a', 'é', 'ж', 'ع', '中', 0x1F1FA, ',', ';', '\\'};

  @Test
  void unfoldingGivesBackTheTextAndNoLineIsLongerThan75Octets() {
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      StringBuilder line = new StringBuilder("DESCRIPTION:");
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        line.appendCodePoint(SCRIPTS[random.nextInt(SCRIPTS.length)]);
      }
      String text = line + "\r\nSUMMARY:x\r\n";

      String folded = LineFolder.fold(text);

      assertThat(folded.replace("\r\n ", "")).isEqualTo(text);
      for (String physical : folded.split("\r\n")) {
        assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        assertThat(physical).doesNotContain("\uFFFD");
        assertThat(Character.isLowSurrogate(physical.isEmpty() ? 'x' : physical.charAt(0)))
            .isFalse();
      }
    }
  }

  @Test
  void shortLinesAreLeftAlone() {
    String text = "SUMMARY:" + "x".repeat(67) + "\r\n";

    assertThat(LineFolder.fold(text)).isEqualTo(text);
    assertThat(LineFolder.fold("SUMMARY:" + "x".repeat(68) + "\r\n")).contains("\r\n x");
  }
}
