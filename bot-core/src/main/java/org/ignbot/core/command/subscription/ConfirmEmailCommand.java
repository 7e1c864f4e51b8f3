package org.ignbot.core.command.subscription;

import java.util.Objects;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.mail.MailSubscription;
import org.ignbot.core.mail.MailSubscriptions;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.text.InvalidInputException;

/** {@code confirm email <code>}: the code from the confirmation message starts the invitations. */
final class ConfirmEmailCommand implements Command, ConfirmEmail {
  private final MailSubscriptions mail;

  private static final CommandSpec SPEC =
      CommandSpec.command("confirm")
          .summary("start the invitations to an address with the code mailed to it")
          .parameters(
              Parameter.required(
                      "code", Parameter.Type.TEXT, "The code from the confirmation message")
                  .after("email"))
          .usage("confirm email <code>")
          .examples("confirm email K7QF-M2XD")
          .build();

  ConfirmEmailCommand(MailSubscriptions mail) {
    this.mail = Objects.requireNonNull(mail);
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    return confirmEmail(invocation, invocation.arguments());
  }

  @Override
  public Reply confirmEmail(Invocation invocation, String code) {
    if (code.isBlank()) {
      throw new InvalidInputException(
          "Which code? Type `confirm email` and the code from the confirmation message.");
    }
    MailSubscription confirmed =
        mail.confirm(code, invocation.now())
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
