package org.ignbot.core.command.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.remind.Subscriptions;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.VenueTime;

/** {@code subscriptions}: the asker's reminders, and this channel's when asked in one. */
final class SubscriptionsCommand implements Command, ListSubscriptions {
  private final SubscriptionStore store;
  private final List<java.time.Duration> defaults;

  SubscriptionsCommand(SubscriptionStore store, List<java.time.Duration> defaults) {
    this.store = Objects.requireNonNull(store);
    this.defaults = List.copyOf(defaults);
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("subscriptions")
          .summary("the reminders you (and this channel) get")
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    return subscriptions(invocation);
  }

  @Override
  public Reply subscriptions(Invocation invocation) {
    List<String> lines = new ArrayList<>();
    for (Subscription subscription : store.of(Subscriptions.directTo(invocation.asker().user()))) {
      lines.add(describe(subscription, "by direct message"));
    }
    invocation
        .asker()
        .channel()
        .ifPresent(
            channel ->
                store.of(Subscriptions.channel(invocation.asker().user(), channel)).stream()
                    .map(subscription -> describe(subscription, "in this channel"))
                    .forEach(lines::add));
    if (lines.isEmpty()) {
      return Reply.ok()
          .title("You have no reminders.")
          .line(
              "`subscribe` sends one "
                  + LeadTimes.formatAll(defaults)
                  + " before each sitting; see `help subscribe`.")
          .build();
    }
    Reply.Builder reply = Reply.ok().title("Your reminders:");
    lines.forEach(line -> reply.line("  " + line));
    return reply.build();
  }

  private static String describe(Subscription subscription, String where) {
    return subscription.what()
        + ", "
        + LeadTimes.formatAll(subscription.leadTimes())
        + " before each sitting, "
        + where
        + " (since "
        + TimeFormat.shortDay(subscription.since().atZone(VenueTime.ZONE).toLocalDate())
        + ")"
        + subscription
            .pausedBecause()
            .map(reason -> " — PAUSED: the platform refused delivery (" + reason + ")")
            .orElse("");
  }
}
