package org.ignbot.core.command.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.digest.DigestStore;
import org.ignbot.core.mail.MailSubscription;
import org.ignbot.core.mail.MailSubscriptions;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.reply.Reply;

/** {@code subscriptions}, which also lists the addresses the asker subscribed and their digests. */
final class SubscriptionsEmailCommand implements Command {
  private final Command plain;
  private final MailSubscriptions mail;
  private final DigestStore digests;

  SubscriptionsEmailCommand(Command plain, MailSubscriptions mail, DigestStore digests) {
    this.plain = Objects.requireNonNull(plain);
    this.mail = Objects.requireNonNull(mail);
    this.digests = Objects.requireNonNull(digests);
  }

  @Override
  public CommandSpec spec() {
    return plain.spec();
  }

  @Override
  public Reply run(Invocation invocation) {
    return withAddresses(invocation, plain.run(invocation));
  }

  /** The plain command's use cases, its typed listing with the addresses too, as the text has. */
  @Override
  public <T> Optional<T> offers(Class<T> useCase) {
    if (useCase != ListSubscriptions.class) {
      return plain.offers(useCase);
    }
    return plain
        .offers(ListSubscriptions.class)
        .map(
            list ->
                useCase.cast(
                    (ListSubscriptions) call -> withAddresses(call, list.subscriptions(call))));
  }

  private Reply withAddresses(Invocation invocation, Reply reply) {
    List<MailSubscription> owned = mail.ownedBy(invocation.asker().user());
    if (reply.isError() || owned.isEmpty()) {
      return reply;
    }
    boolean nothingElse = reply.title().equals(SubscriptionsCommand.NOTHING);
    List<String> lines = nothingElse ? new ArrayList<>() : new ArrayList<>(reply.lines());
    for (MailSubscription subscription : owned) {
      lines.add("  " + describe(subscription));
      digests
          .of(MailSubscription.recipient(subscription.address()))
          .ifPresent(
              digest ->
                  lines.add(
                      "  the "
                          + DigestEmailCommand.describe(digest, java.util.Optional.empty())
                          + ", by e-mail to "
                          + subscription.address()));
    }
    return new Reply(
        reply.status(),
        reply.visibility(),
        nothingElse ? "Your subscriptions:" : reply.title(),
        lines,
        reply.meetings(),
        reply.actions(),
        reply.attachments(),
        reply.viewerZone());
  }

  private static String describe(MailSubscription subscription) {
    return "invitations for "
        + subscription.what()
        + " by e-mail to "
        + subscription.address()
        + ", alarms "
        + LeadTimes.formatAll(subscription.leadTimes())
        + " before"
        + (subscription.pausedBecause().isPresent()
            ? " — PAUSED: the mail server refused it (" + subscription.pausedBecause().get() + ")"
            : subscription.isConfirmed() ? "" : " — waiting for its confirmation code");
  }
}
