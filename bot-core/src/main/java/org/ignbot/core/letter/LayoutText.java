package org.ignbot.core.letter;

/**
 * Text from a letter, cleaned once where it enters: control characters that would reach the page,
 * the calendar feed or a chat platform raw are removed, and the line breaks Unicode and old
 * typewriters know are made newlines, so every later stage sees lines ending in {@code \n} only.
 */
final class LayoutText {
  private LayoutText() {}

  /** The text with newlines for every kind of line break and no other control characters. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n'
          || c == '\u000b'
          || c == '\f'
          || c == '\u0085'
          || c == '\u2028'
          || c == '\u2029') {
        out.append('\n');
      } else if (c == '\t') {
        out.append(c);
      } else if (c == 0 || c == '\ufeff' || c == '\u200b' || isBidiControl(c)) {
        // Invisible: a NUL breaks calendar readers, bidi controls can make text read backwards.
        continue;
      } else if (Character.isISOControl(c)) {
        out.append(' ');
      } else if (Character.isSpaceChar(c) && c != ' ') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isBidiControl(char c) {
    return (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e'
        || c == '\u200f'
        || c == '\u061c';
  }
}
