package org.ignbot.core.command.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.digest.DigestStore;
import org.ignbot.core.digest.DigestSubscription;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.remind.Subscriptions;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.VenueTime;

/**
 * {@code subscriptions}: the asker's reminders and digest, and this channel's when asked in one.
 */
final class SubscriptionsCommand implements Command, ListSubscriptions {
  /** The title when the asker has nothing. */
  static final String NOTHING = "You have no reminders.";

  private final SubscriptionStore store;
  private final DigestStore digests;
  private final List<java.time.Duration> defaults;

  SubscriptionsCommand(
      SubscriptionStore store, DigestStore digests, List<java.time.Duration> defaults) {
    this.store = Objects.requireNonNull(store);
    this.digests = Objects.requireNonNull(digests);
    this.defaults = List.copyOf(defaults);
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("subscriptions")
          .summary("the reminders and digests you (and this channel) get")
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
    Recipient direct = Subscriptions.directTo(invocation.asker().user());
    for (Subscription subscription : store.of(direct)) {
      lines.add(describe(subscription, "by direct message"));
    }
    digests
        .of(direct)
        .ifPresent(digest -> lines.add(describe(digest, invocation, "by direct message")));
    invocation
        .asker()
        .channel()
        .ifPresent(
            channel -> {
              Recipient here = Subscriptions.channel(invocation.asker().user(), channel);
              store.of(here).stream()
                  .map(subscription -> describe(subscription, "in this channel"))
                  .forEach(lines::add);
              digests
                  .of(here)
                  .ifPresent(digest -> lines.add(describe(digest, invocation, "in this channel")));
            });
    if (lines.isEmpty()) {
      return Reply.ok()
          .title(NOTHING)
          .line(
              "`subscribe` sends one "
                  + LeadTimes.formatAll(defaults)
                  + " before each sitting; see `help subscribe`.")
          .build();
    }
    Reply.Builder reply = Reply.ok().title("Your subscriptions:");
    lines.forEach(line -> reply.line("  " + line));
    return reply.build();
  }

  private static String describe(DigestSubscription digest, Invocation invocation, String where) {
    return "the " + DigestEmailCommand.describe(digest, invocation.zone()) + ", " + where;
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
