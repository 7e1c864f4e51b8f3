package org.ignbot.core.command.admin;

import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.letter.ImportPreview;
import org.ignbot.core.letter.LetterImport;
import org.ignbot.core.reply.ActionRequest;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.text.InvalidInputException;

/** {@code confirm}: publishes the admin's pending letter preview, all of it or nothing. */
final class ConfirmCommand implements Command, PublishLetter {
  private final LetterImport letters;
  private final PendingImports pending;

  ConfirmCommand(LetterImport letters, PendingImports pending) {
    this.letters = letters;
    this.pending = pending;
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("confirm")
          .summary("publish the letter you previewed with `import`")
          .adminOnly()
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    return publish(invocation);
  }

  @Override
  public Reply publish(Invocation invocation) {
    PendingImport kept =
        pending
            .take(invocation.asker().user(), invocation.now())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "Nothing to confirm: `import` a letter first, then `confirm` its preview."));
    // The preview may have been made on another instance: the letter is read again, and published
    // only if it still makes exactly the changes the admin saw.
    ImportPreview preview = kept.previewAgain(letters);
    if (!PendingImport.changesOf(preview).equals(kept.changes()) || !letters.publish(preview)) {
      throw new InvalidInputException(
          "The schedule changed since that preview (another import or correction); nothing was"
              + " published. `import` the letter again to see the changes as they are now.");
    }
    Reply.Builder reply =
        Reply.ok()
            .title("Published the " + preview.source().citation() + ": " + preview.summary() + ".");
    for (MeetingChange change : preview.changes()) {
      reply.line(PreviewReply.line(change));
    }
    return reply
        .line("Each meeting's change history: `meeting <id>`.")
        .action("Schedule", ActionRequest.of(ActionRequest.Kind.UPCOMING))
        .build();
  }
}
