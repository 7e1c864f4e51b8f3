package org.ignbot.core.command.admin;

import java.util.Optional;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.text.InvalidInputException;

/**
 * A Co-Chairs' letter read into a preview of what it adds, changes or cancels, kept for the admin
 * to {@code confirm} or {@code discard}: what {@code import} does, for typed callers.
 */
public interface ImportLetter {
  /** Previews the letter in {@code file} (PDF, .docx or text). */
  Reply importFile(Invocation call, Attachment file);

  /** Previews the letter's text, pasted. */
  Reply importText(Invocation call, String text);

  /**
   * Previews the attached {@code file} if there is one, else the pasted {@code text}; with neither,
   * one line saying how to give the letter.
   */
  default Reply importLetter(Invocation call, Optional<Attachment> file, String text) {
    if (file.isPresent()) {
      return importFile(call, file.get());
    }
    if (!text.isBlank()) {
      return importText(call, text);
    }
    throw new InvalidInputException(
        "Attach the letter (PDF, .docx or text) to `import`, or paste its text after the word.");
  }
}
