package org.ignbot.core.command.admin;

import java.nio.charset.StandardCharsets;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.letter.ImportPreview;
import org.ignbot.core.letter.LetterImport;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.user.UserKey;

/** {@code import} with an attached letter or its text pasted after it: a preview to confirm. */
final class ImportCommand implements Command {
  private final LetterImport letters;
  private final PendingImports pending;

  ImportCommand(LetterImport letters, PendingImports pending) {
    this.letters = letters;
    this.pending = pending;
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("import")
          .usage("import (+ letter)")
          .summary("preview what a Co-Chairs' letter adds, changes or cancels")
          .parameters(
              Parameter.optional("file", Parameter.Type.FILE, "The letter as a file"),
              Parameter.optional("text", Parameter.Type.LETTER, "The letter's text, pasted"))
          .examples(
              "import   with the letter attached (PDF, .docx or text)",
              "import <the letter's text pasted after the word>",
              "In the terminal: `import <path>` reads the letter's file; `import` alone, then paste"
                  + " the letter and end with a line holding a single `.` (no pasted line runs as a"
                  + " command)",
              "then `confirm` to publish, or `discard`")
          .adminOnly()
          .takesText()
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    ImportPreview preview;
    String name;
    byte[] content;
    boolean pasted = false;
    if (!invocation.files().isEmpty()) {
      if (invocation.files().size() > 1) {
        throw new InvalidInputException("Attach one letter at a time, then `import` again.");
      }
      Attachment file = invocation.files().get(0);
      name = file.fileName();
      content = file.content();
      preview = letters.preview(name, content);
    } else if (invocation.hasArguments()) {
      name = "The pasted letter";
      content = invocation.arguments().getBytes(StandardCharsets.UTF_8);
      pasted = true;
      preview = letters.previewText(invocation.arguments(), name);
    } else {
      throw new InvalidInputException(
          "Attach the letter (PDF, .docx or text) to `import`, or paste its text after the word.");
    }
    UserKey admin = invocation.asker().user();
    if (preview.changesNothing()) {
      pending.take(admin, invocation.now());
    } else {
      pending.put(PendingImport.of(admin, name, content, pasted, preview, invocation.now()));
    }
    return PreviewReply.of(preview, true);
  }
}
