package org.ignbot.core.command.subscription;

import java.util.ArrayList;
import java.util.List;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.mail.MailSubscriptions;
import org.ignbot.core.reply.Reply;

/**
 * {@code forget me}, which also deletes the addresses the asker subscribed: typed ({@link
 * ForgetMe}) as well as typed out.
 */
final class ForgetEmailCommand implements Command, ForgetMe {
  private final Command forget;
  private final MailSubscriptions mail;

  ForgetEmailCommand(Command forget, MailSubscriptions mail) {
    this.forget = forget;
    this.mail = mail;
  }

  @Override
  public CommandSpec spec() {
    CommandSpec plain = forget.spec();
    return plain.describedAs(plain.summary() + ", e-mail addresses", plain.examples());
  }

  @Override
  public Reply run(Invocation invocation) {
    return withAddresses(invocation, forget.run(invocation));
  }

  @Override
  public Reply forgetMe(Invocation call) {
    return withAddresses(call, forget.offers(ForgetMe.class).orElseThrow().forgetMe(call));
  }

  /** The plain command's answer, and the asker's addresses deleted after it unless it failed. */
  private Reply withAddresses(Invocation invocation, Reply reply) {
    if (reply.isError()) {
      return reply;
    }
    int addresses = mail.forget(invocation.asker().user());
    List<String> lines = new ArrayList<>(reply.lines());
    lines.add(
        "Deleted: "
            + addresses
            + (addresses == 1 ? " e-mail address" : " e-mail addresses")
            + " you subscribed, with the record of invitations sent to them.");
    return new Reply(
        reply.status(),
        reply.visibility(),
        reply.title(),
        lines,
        reply.meetings(),
        reply.actions(),
        reply.attachments(),
        reply.viewerZone());
  }
}
