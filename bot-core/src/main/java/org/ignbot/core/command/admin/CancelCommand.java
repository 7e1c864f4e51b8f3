package org.ignbot.core.command.admin;

import java.util.List;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.Invocation;
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

  @Override
  public String name() {
    return "cancel";
  }

  @Override
  public String usage() {
    return "cancel <id> [reason]";
  }

  @Override
  public String summary() {
    return "admins: cancel a meeting";
  }

  @Override
  public List<String> examples() {
    return List.of("cancel 2024-11-21 the Co-Chairs' letter of 18 November");
  }

  @Override
  public Reply run(Invocation invocation) {
    AdminOnly.check(invocation, name());
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
