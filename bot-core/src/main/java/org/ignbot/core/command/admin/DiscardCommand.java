package org.ignbot.core.command.admin;

import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/** {@code discard}: drops the admin's pending letter preview; nothing is published. */
final class DiscardCommand implements Command, DiscardLetter {
  private final PendingImports pending;

  DiscardCommand(PendingImports pending) {
    this.pending = pending;
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("discard")
          .summary("drop the letter preview without publishing it")
          .adminOnly()
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    return discard(invocation);
  }

  @Override
  public Reply discard(Invocation invocation) {
    return pending
        .take(invocation.asker().user(), invocation.now())
        .map(
            kept ->
                Reply.ok()
                    .title(
                        "Discarded the preview of the "
                            + kept.citation()
                            + "; nothing was published.")
                    .build())
        .orElseGet(() -> Reply.ok().title("There was no preview to discard.").build());
  }
}
