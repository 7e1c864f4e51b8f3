package org.ignbot.core.calendar;

/**
 * Folds content lines at 75 octets of UTF-8 (RFC 5545 §3.1), never inside a character: iCal4j folds
 * by characters, which lets a line of Arabic or Chinese text run past 75 octets.
 */
final class LineFolder {
  static final int MAX_OCTETS = 75;
  private static final String CRLF = "\r\n";

  private LineFolder() {}

  /** Folds every line of {@code text}, whose lines end in CRLF. */
  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / 24);
    fold(text, out);
    return out.toString();
  }

  /** Appends {@code text}, whose lines end in CRLF, to {@code out} with every line folded. */
  static void fold(String text, StringBuilder out) {
    int octets = 0;
    for (int i = 0; i < text.length(); ) {
      int point = text.codePointAt(i);
      int chars = Character.charCount(point);
      if (point == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        out.append(CRLF);
        octets = 0;
        i += 2;
        continue;
      }
      int size = utf8Length(point);
      if (octets + size > MAX_OCTETS) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(point);
      octets += size;
      i += chars;
    }
  }

  private static int utf8Length(int point) {
    if (point < 0x80) {
      return 1;
    }
    if (point < 0x800) {
      return 2;
    }
    return point < 0x10000 ? 3 : 4;
  }
}
