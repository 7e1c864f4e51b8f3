package org.ignbot.core.letter;

/**
 * The text of a letter file, for callers that want text rather than a layout: the layout's blocks
 * as text (lines by newlines, table cells by tabs, blocks by a blank line). The same budgets and
 * refusals as {@link LetterLayouts#read}.
 */
public final class LetterText {
  /** Letters are a few pages; ten megabytes leaves room for embedded logos and scans. */
  public static final int MAX_BYTES = LetterLayouts.MAX_BYTES;

  /** Text beyond this many characters is no letter (a 10-page letter is about 40 000). */
  public static final int MAX_CHARS = LetterLayouts.MAX_CHARS;

  private LetterText() {}

  /** The text of the file named {@code fileName}, whatever its kind, or one line why not. */
  public static String extract(String fileName, byte[] content) {
    return LetterLayouts.read(fileName, content).text();
  }
}
