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
import org.ignbot.core.text.InboundText;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.user.UserKey;

/** {@code import} with an attached letter or its text pasted after it: a preview to confirm. */
final class ImportCommand implements Command, ImportLetter {
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
    if (invocation.files().size() > 1) {
      throw new InvalidInputException("Attach one letter at a time, then `import` again.");
    }
    return importLetter(
        invocation, invocation.files().stream().findFirst(), invocation.arguments());
  }

  @Override
  public Reply importFile(Invocation call, Attachment file) {
    byte[] content = file.content();
    return keep(call, file.fileName(), content, false, letters.preview(file.fileName(), content));
  }

  @Override
  public Reply importText(Invocation call, String text) {
    String name = "The pasted letter";
    // Made plain as the engine makes typed text, whoever pasted it (a no-op for the text's way).
    String letter = InboundText.normalise(text).strip();
    return keep(
        call,
        name,
        letter.getBytes(StandardCharsets.UTF_8),
        true,
        letters.previewText(letter, name));
  }

  /** Keeps a preview that changes something for {@code confirm}; drops an older one otherwise. */
  private Reply keep(
      Invocation call, String name, byte[] content, boolean pasted, ImportPreview preview) {
    UserKey admin = call.asker().user();
    if (preview.changesNothing()) {
      pending.take(admin, call.now());
    } else {
      pending.put(PendingImport.of(admin, name, content, pasted, preview, call.now()));
    }
    return PreviewReply.of(preview, true);
  }
}
