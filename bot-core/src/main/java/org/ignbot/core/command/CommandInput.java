package org.ignbot.core.command;

import java.util.Locale;

/**
 * What a person typed, read as a command word and its arguments: {@code /ign} before it is dropped,
 * control characters and odd spaces become plain spaces, runs of space fold to one.
 */
record CommandInput(String word, String arguments) {
  private static final String PREFIX = "/ign";

  /** The word (lower case) and the arguments of {@code text}; an empty word when none is typed. */
  static CommandInput of(String text) {
    String input = clean(text);
    if (input.toLowerCase(Locale.ROOT).startsWith(PREFIX)
        && (input.length() == PREFIX.length()
            || Character.isWhitespace(input.charAt(PREFIX.length())))) {
      input = input.substring(PREFIX.length()).strip();
    }
    int space = input.indexOf(' ');
    String word = (space < 0 ? input : input.substring(0, space)).toLowerCase(Locale.ROOT);
    return new CommandInput(word, space < 0 ? "" : input.substring(space + 1));
  }

  /**
   * The word the text starts with, for a label without user text: read from the first {@code max}
   * characters only.
   */
  static String firstWord(String text, int max) {
    String input = clean(text.length() > max ? text.substring(0, max) : text);
    if (input.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
      input = input.substring(PREFIX.length()).strip();
    }
    int space = input.indexOf(' ');
    return (space < 0 ? input : input.substring(0, space)).toLowerCase(Locale.ROOT);
  }

  /** What follows the command word, as typed: a pasted letter keeps its lines and tabs. */
  static String rawArguments(String text) {
    String rest = text.stripLeading().replaceFirst("(?i)^/ign(?=\\s)", "").stripLeading();
    return rest.replaceFirst("^\\S+", "");
  }

  /** Control characters and odd spaces become plain spaces; runs of space fold to one. */
  private static String clean(String text) {
    return text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Z}]+", " ").strip();
  }
}
