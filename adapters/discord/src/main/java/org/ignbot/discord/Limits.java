package org.ignbot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Discord's size limits, and text cut or split to fit them. */
final class Limits {
  /** Characters of plain content in one message. */
  static final int CONTENT = 2000;

  /** Embeds in one message. */
  static final int EMBEDS = 10;

  /** Buttons in one action row, and rows in one message. */
  static final int BUTTONS_PER_ROW = 5;

  static final int ROWS = 5;

  /** A button's label and custom id. */
  static final int LABEL = 80;

  static final int CUSTOM_ID = 100;

  private Limits() {}

  /** The text, cut with an ellipsis when longer than {@code max}. */
  static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /**
   * Lines (an entry with line breaks counts as several) packed into chunks of at most {@code max}
   * characters; a longer single line is cut.
   */
  static List<String> split(List<String> lines, int max) {
    List<String> chunks = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    for (String raw :
        lines.stream().flatMap(e -> e.isEmpty() ? Stream.of(e) : e.lines()).toList()) {
      String line = cut(raw, max);
      if (chunk.length() > 0 && chunk.length() + 1 + line.length() > max) {
        chunks.add(chunk.toString());
        chunk.setLength(0);
      }
      if (chunk.length() > 0) {
        chunk.append('\n');
      }
      chunk.append(line);
    }
    if (chunk.length() > 0) {
      chunks.add(chunk.toString());
    }
    return chunks;
  }
}
