package org.ignbot.core.command.subscription;

import java.util.List;
import java.util.Objects;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.mail.MailSubscription;
import org.ignbot.core.mail.MailSubscriptions;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.text.InvalidInputException;

/** {@code confirm email <code>}: the code from the confirmation message starts the invitations. */
final class ConfirmEmailCommand implements Command {
  private final MailSubscriptions mail;

  ConfirmEmailCommand(MailSubscriptions mail) {
    this.mail = Objects.requireNonNull(mail);
  }

  @Override
  public String name() {
    return "confirm";
  }

  @Override
  public String usage() {
    return "confirm email <code>";
  }

  @Override
  public String summary() {
    return "start the invitations to an address with the code mailed to it";
  }

  @Override
  public List<String> examples() {
    return List.of("confirm email K7QF-M2XD");
  }

  @Override
  public Reply run(Invocation invocation) {
    if (invocation.arguments().isBlank()) {
      throw new InvalidInputException(
          "Which code? Type `confirm email` and the code from the confirmation message.");
    }
    MailSubscription confirmed =
        mail.confirm(invocation.arguments(), invocation.now())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "That code is unknown or expired (a code works once, for 24 hours):"
                            + " `subscribe email <address>` sends a new one."));
    return Reply.ok()
        .title(
            "Confirmed: " + confirmed.address() + " gets invitations for " + confirmed.what() + ".")
        .line("The invitations for the coming sittings are on their way.")
        .build();
  }
}
