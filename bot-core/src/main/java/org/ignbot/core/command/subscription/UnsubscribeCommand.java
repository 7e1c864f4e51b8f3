package org.ignbot.core.command.subscription;

import java.util.List;
import java.util.Objects;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.Replanner;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.text.InvalidInputException;

/** {@code unsubscribe [topic <cluster>] [here]}: stops reminders, all of them or one cluster's. */
final class UnsubscribeCommand implements Command {
  private final SubscriptionStore store;
  private final Replanner replanner;

  UnsubscribeCommand(SubscriptionStore store, Replanner replanner) {
    this.store = Objects.requireNonNull(store);
    this.replanner = Objects.requireNonNull(replanner);
  }

  @Override
  public String name() {
    return "unsubscribe";
  }

  @Override
  public String usage() {
    return "unsubscribe [topic <cluster>] [here]";
  }

  @Override
  public String summary() {
    return "stop your reminders (all, or one cluster's); `here` for this channel (admins)";
  }

  @Override
  public List<String> examples() {
    return List.of("unsubscribe", "unsubscribe topic veto", "unsubscribe here");
  }

  @Override
  public Reply run(Invocation invocation) {
    Target target = Target.parse(invocation.arguments());
    if (!target.leadWords().isBlank()) {
      throw new InvalidInputException(
          "`unsubscribe` takes no lead times — try `unsubscribe`, `unsubscribe topic veto`, or"
              + " `subscribe <lead times>` to change them.");
    }
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
    String cluster = target.cluster().get().officialName();
    return Reply.ok()
        .title(
            removed
                ? "Unsubscribed from meetings on " + cluster + " " + target.where() + "."
                : "There was no subscription to meetings on "
                    + cluster
                    + " "
                    + target.where()
                    + ".")
        .line("See what is left with `subscriptions`.")
        .build();
  }
}
