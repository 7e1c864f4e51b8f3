package org.ignbot.slack;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.text.InboundText;

/**
 * A letter pasted after {@code import} is longer than any command line the engine accepts: its text
 * travels to the command as a file instead, as if it had been shared.
 */
final class PastedLetters {
  /** Longer text after {@code import} is a pasted letter. */
  static final int LONG_TEXT = CommandEngine.MAX_LENGTH - 100;

  static final String FILE_NAME = "pasted-letter.txt";

  private static final Pattern IMPORT =
      Pattern.compile("^\\s*(?:/ign\\s+)?import(?:\\s+|$)", Pattern.CASE_INSENSITIVE);

  private PastedLetters() {}

  /** What the engine gets: the command text and the files that go with it. */
  record Input(String text, List<Attachment> files) {}

  static Input of(String text, List<Attachment> files) {
    String typed = text == null ? "" : text;
    Matcher command = IMPORT.matcher(typed);
    if (!files.isEmpty() || typed.length() <= LONG_TEXT || !command.find()) {
      return new Input(typed, files);
    }
    // Typed text, though it travels as a file: made plain here, where it enters, like any command.
    String letter = InboundText.normalise(typed.substring(command.end()));
    return new Input(
        "import",
        List.of(
            new Attachment(
                FILE_NAME, "text/plain; charset=utf-8", letter.getBytes(StandardCharsets.UTF_8))));
  }
}
