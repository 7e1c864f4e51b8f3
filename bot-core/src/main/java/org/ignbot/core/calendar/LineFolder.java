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
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf(CRLF, start);
      if (end < 0) {
        end = text.length();
      }
      foldLine(text, start, end, out);
      if (end < text.length()) {
        out.append(CRLF);
      }
      start = end + CRLF.length();
    }
  }

  /**
   * Folds the content line that {@code out} holds from {@code start} on (without its CRLF), in
   * place: most lines are short and stay as they are.
   */
  static void foldTail(StringBuilder out, int start) {
    int length = out.length() - start;
    if (length <= MAX_OCTETS / 3 || utf8Length(out, start, out.length()) <= MAX_OCTETS) {
      return;
    }
    String line = out.substring(start);
    out.setLength(start);
    foldLine(line, 0, line.length(), out);
  }

  /** Appends one line, {@code text} from {@code start} to {@code end}, folded. */
  private static void foldLine(String text, int start, int end, StringBuilder out) {
    if (end - start <= MAX_OCTETS / 3) {
      out.append(text, start, end);
      return;
    }
    int ascii = start;
    while (ascii < end && text.charAt(ascii) < 0x80) {
      ascii++;
    }
    if (ascii == end) {
      // ASCII only, as most lines are: a character is an octet, so fold by counting.
      int next = Math.min(end, start + MAX_OCTETS);
      out.append(text, start, next);
      while (next < end) {
        int to = Math.min(end, next + MAX_OCTETS - 1);
        out.append(CRLF).append(' ').append(text, next, to);
        next = to;
      }
      return;
    }
    int octets = 0;
    for (int i = start; i < end; ) {
      int point = text.codePointAt(i);
      int size = utf8Length(point);
      if (octets + size > MAX_OCTETS) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(point);
      octets += size;
      i += Character.charCount(point);
    }
  }

  private static int utf8Length(CharSequence text, int start, int end) {
    int octets = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      // A surrogate pair is 4 octets: 2 for each half.
      octets += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return octets;
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
