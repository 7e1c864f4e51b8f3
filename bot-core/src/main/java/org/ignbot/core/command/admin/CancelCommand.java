package org.ignbot.core.command.admin;

import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.text.InvalidInputException;

/** {@code cancel <id> [reason]}: an admin cancels a meeting, published and kept in its history. */
final class CancelCommand implements Command {
  private final Correction correction;

  CancelCommand(Correction correction) {
    this.correction = correction;
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
    Schedule basis = correction.current();
    Meeting before = correction.meeting(basis, words[0]);
    if (before.isCancelled()) {
      throw new InvalidInputException("Meeting " + before.id() + " is already cancelled.");
    }
    Meeting after =
        before.cancelled(
            "Cancelled by an admin" + (words.length > 1 ? ": " + words[1].strip() : "") + ".");
    MeetingChange change =
        correction.publish(basis, before, after, MeetingChange.Kind.CANCELLED, invocation);
    return Reply.ok()
        .title("Cancelled meeting " + before.id() + ".")
        .line(PreviewReply.line(change))
        .build();
  }
}
