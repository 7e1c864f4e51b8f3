package org.ignbot.core.command.admin;

import java.util.Optional;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.text.InvalidInputException;

/** {@code cancel <id> [reason]}: an admin cancels a meeting, published and kept in its history. */
final class CancelCommand implements Command {
  private final MeetingCorrections corrections;

  CancelCommand(MeetingCorrections corrections) {
    this.corrections = corrections;
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("cancel")
          .summary("cancel a meeting")
          .parameters(
              Parameter.required("id", Parameter.Type.MEETING_ID, "The meeting, e.g. 2024-11-19"),
              Parameter.optional("reason", Parameter.Type.TEXT, "Why, as the notice should say"))
          .examples("cancel 2024-11-21 the Co-Chairs' letter of 18 November")
          .adminOnly()
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    if (!invocation.hasArguments()) {
      throw new InvalidInputException(
          "Which meeting? `cancel <id> [reason]`, e.g. `cancel 2024-11-21`; `schedule` lists ids.");
    }
    String[] words = invocation.arguments().split("\\s+", 2);
    return corrections.cancel(
        invocation, words[0], words.length > 1 ? Optional.of(words[1]) : Optional.empty());
  }

  @Override
  public <T> Optional<T> offers(Class<T> useCase) {
    return Command.offered(corrections, useCase);
  }
}
