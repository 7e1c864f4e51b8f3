package org.ignbot.core.letter.writer;

import java.nio.charset.StandardCharsets;

/** A letter as a plain-text file: tables tab-separated, as text extraction leaves them. */
final class TextFiles {
  private TextFiles() {}

  static byte[] render(WrittenLetter letter) {
    return letter.text().getBytes(StandardCharsets.UTF_8);
  }
}
