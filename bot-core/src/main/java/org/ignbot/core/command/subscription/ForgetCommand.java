package org.ignbot.core.command.subscription;

import java.util.Objects;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.digest.DigestStore;
import org.ignbot.core.remind.Replanner;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.user.UserSettings;

/** {@code forget me}: deletes everything the bot keeps about the asker. */
final class ForgetCommand implements Command, ForgetMe {
  private final SubscriptionStore store;
  private final UserSettings settings;
  private final Replanner replanner;
  private final DigestStore digests;

  ForgetCommand(
      SubscriptionStore store, UserSettings settings, Replanner replanner, DigestStore digests) {
    this.store = Objects.requireNonNull(store);
    this.settings = Objects.requireNonNull(settings);
    this.replanner = Objects.requireNonNull(replanner);
    this.digests = Objects.requireNonNull(digests);
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("forget")
          .summary("delete everything I keep about you: time zone, subscriptions, reminders sent")
          .parameters(Parameter.word("me"))
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    if (!invocation.arguments().equalsIgnoreCase("me")) {
      throw new InvalidInputException("To delete everything I keep about you, type `forget me`.");
    }
    return forgetMe(invocation);
  }

  @Override
  public Reply forgetMe(Invocation invocation) {
    int subscriptions = store.forget(invocation.asker().user());
    boolean digest = digests.forget(invocation.asker().user());
    settings.forget(invocation.asker().user());
    replanner.replan();
    return Reply.ok()
        .title("Done: I have forgotten you.")
        .line(
            "Deleted: your time zone, "
                + subscriptions
                + (subscriptions == 1 ? " subscription" : " subscriptions")
                + (digest ? ", your digest" : "")
                + " and the record of reminders sent to you.")
        .line("Channel subscriptions stay with their channel; an admin can stop them.")
        .build();
  }
}
