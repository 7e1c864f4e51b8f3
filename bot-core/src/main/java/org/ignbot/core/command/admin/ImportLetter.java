package org.ignbot.core.command.admin;

import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.Reply;

/**
 * A Co-Chairs' letter read into a preview of what it adds, changes or cancels, kept for the admin
 * to {@code confirm} or {@code discard}: what {@code import} does, for typed callers.
 */
public interface ImportLetter {
  /** Previews the letter in {@code file} (PDF, .docx or text). */
  Reply importFile(Invocation call, Attachment file);

  /** Previews the letter's text, pasted. */
  Reply importText(Invocation call, String text);
}
