package org.ignbot.core.command.subscription;

import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.text.InvalidInputException;

/** The e-mail forms on a bot whose operator has not set up mail. */
final class MailOffCommand implements Command {
  private static final CommandSpec SPEC =
      CommandSpec.command("email")
          .summary("e-mail invitations, when the operator has set up mail")
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    throw new InvalidInputException(
        "E-mail invitations are off on this bot (its operator sets spring.mail.host, see"
            + " docs/mail.md); `subscribe` gives chat reminders, `ics` a calendar that follows"
            + " changes.");
  }
}
