package org.ignbot.core.calendar;

/**
 * Folds content lines at 75 octets of UTF-8 (RFC 5545 §3.1), never inside a character: iCal4j folds
 * by characters, which lets a line of Arabic or Chinese text run past 75 octets.
 */
final class LineFolder {
  static final int MAX_OCTETS = 75;
  private static final String CRLF = "\r\n";
  private static final String FOLD = "\r\n ";

  private LineFolder() {}

  /** Folds every line of {@code text}, whose lines end in CRLF. */
  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / 24);
    fold(text, out);
    return out.toString();
  }

  /** Appends {@code text}, whose lines end in CRLF, to {@code out} with every line folded. */
  static void fold(String text, StringBuilder out) {
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf(CRLF, start);
      if (end < 0) {
        end = text.length();
      }
      int line = out.length();
      out.append(text, start, end);
      foldTail(out, line);
      if (end < text.length()) {
        out.append(CRLF);
      }
      start = end + CRLF.length();
    }
  }

  /**
   * Folds the content line that {@code out} holds from {@code start} on (without its CRLF), in
   * place: a fold is inserted where the next character would pass 75 octets, and nothing is copied
   * but the rest of that line. Most lines are short and stay as they are.
   */
  static void foldTail(StringBuilder out, int start) {
    int end = out.length();
    if (end - start <= MAX_OCTETS / 3) {
      return;
    }
    int octets = 0;
    for (int i = start; i < end; ) {
      char c = out.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < end
              && Character.isLowSurrogate(out.charAt(i + 1));
      int size = pair ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      if (octets + size > MAX_OCTETS) {
        out.insert(i, FOLD);
        i += FOLD.length();
        end += FOLD.length();
        octets = 1;
      }
      octets += size;
      i += pair ? 2 : 1;
    }
  }
}
