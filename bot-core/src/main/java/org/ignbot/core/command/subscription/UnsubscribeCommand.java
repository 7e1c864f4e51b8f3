package org.ignbot.core.command.subscription;

import java.util.Objects;
import java.util.Optional;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.Replanner;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.text.InvalidInputException;

/** {@code unsubscribe [topic <cluster>] [here]}: stops reminders, all of them or one cluster's. */
final class UnsubscribeCommand implements Command, Unsubscribe {
  private final SubscriptionStore store;
  private final Replanner replanner;

  UnsubscribeCommand(SubscriptionStore store, Replanner replanner) {
    this.store = Objects.requireNonNull(store);
    this.replanner = Objects.requireNonNull(replanner);
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("unsubscribe")
          .summary("stop your reminders (all, or one cluster's); `here` for this channel (admins)")
          .parameters(
              Parameter.optional(
                      "cluster", Parameter.Type.CLUSTER, "Only the subscription on this cluster")
                  .after("topic"),
              Parameter.flag("here", "The subscription of this channel (admins)"))
          .examples("unsubscribe", "unsubscribe topic veto", "unsubscribe here")
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    Target target = Target.parse(invocation.arguments());
    if (!target.leadWords().isBlank()) {
      throw new InvalidInputException(
          "`unsubscribe` takes no lead times — try `unsubscribe`, `unsubscribe topic veto`, or"
              + " `subscribe <lead times>` to change them.");
    }
    return unsubscribe(invocation, target.cluster(), target.here());
  }

  @Override
  public Reply unsubscribe(Invocation invocation, Optional<Cluster> cluster, boolean here) {
    Target target = new Target("", cluster, here);
    Recipient recipient = target.recipient(invocation);
    if (target.cluster().isEmpty()) {
      int removed = store.removeAll(recipient);
      replanner.replan();
      return Reply.ok()
          .title(
              removed == 0
                  ? "There were no reminders " + target.where() + " to stop."
                  : "Unsubscribed: no more reminders " + target.where() + ".")
          .build();
    }
    boolean removed = store.remove(recipient, target.cluster());
    replanner.replan();
    String named = target.cluster().get().officialName();
    return Reply.ok()
        .title(
            removed
                ? "Unsubscribed from meetings on " + named + " " + target.where() + "."
                : "There was no subscription to meetings on " + named + " " + target.where() + ".")
        .line("See what is left with `subscriptions`.")
        .build();
  }
}
