package org.ignbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PastedLettersTests {

  @Test
  void aLongPastedLetterTravelsAsAFileWithoutControlCharacters() {
    String letter =
        "Excellency,\u0000\r\nThe IGN\u000Bmeets\u2028on 19 November.\t"
            .repeat(PastedLetters.LONG_TEXT / 20);

    PastedLetters.Input input = PastedLetters.of("import " + letter, List.of());

    assertThat(input.text()).isEqualTo("import");
    String sent = new String(input.files().get(0).content(), StandardCharsets.UTF_8);
    assertThat(sent.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t'))
        .isEmpty();
    assertThat(sent).startsWith("Excellency,\nThe IGN\nmeets\non 19 November.\t");
  }
}
