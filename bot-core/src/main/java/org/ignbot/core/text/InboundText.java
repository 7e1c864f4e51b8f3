package org.ignbot.core.text;

/**
 * Text from outside (what someone typed or pasted, a file's name from a chat platform) made plain
 * once, where it enters: line breaks become {@code \n} whatever their form (CRLF, CR, vertical tab,
 * form feed, NEL, U+2028, U+2029), tabs stay, and every other control character (NUL, escape,
 * bell…) is dropped, so that none reaches the schedule, the page or a calendar.
 */
public final class InboundText {
  private InboundText() {}

  /** The text with its line breaks as {@code \n} and no other control character but the tab. */
  public static String normalise(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement =
          switch (c) {
            case '\n', '\t' -> null;
            case '\r' -> i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "" : "\n";
            case '\u000B', '\u000C', '\u0085', '\u2028', '\u2029' -> "\n";
            default -> Character.isISOControl(c) ? "" : null;
          };
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(replacement != null ? replacement : String.valueOf(c));
      }
    }
    return out == null ? text : out.toString();
  }

  /** One line: {@link #normalise(String)}, then line breaks and tabs as single spaces. */
  public static String line(String text) {
    return normalise(text).replaceAll("[\\n\\t]+", " ");
  }
}
