package org.ignbot.core.command.subscription;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.remind.Replanner;
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.store.StoreUnavailableException;

/** {@code subscribe [lead times] [topic <cluster>] [here]}: reminders before each sitting. */
final class SubscribeCommand implements Command, Subscribe {
  private final SubscriptionStore store;
  private final Replanner replanner;
  private final List<Duration> defaults;

  SubscribeCommand(SubscriptionStore store, Replanner replanner, List<Duration> defaults) {
    this.store = Objects.requireNonNull(store);
    this.replanner = Objects.requireNonNull(replanner);
    this.defaults = List.copyOf(defaults);
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.command("subscribe")
        .summary(
            "a reminder before each sitting (default "
                + LeadTimes.formatAll(defaults)
                + " before), by direct message; `here` for this channel (admins)")
        .parameters(
            Parameter.optional(
                    "lead",
                    Parameter.Type.LEAD_TIMES,
                    "Lead times, e.g. 1d 1h (" + LeadTimes.formatAll(defaults) + " unless you say)")
                .labelled("lead times"),
            Parameter.optional("cluster", Parameter.Type.CLUSTER, "Only meetings on this cluster")
                .after("topic"),
            Parameter.flag("here", "Post the reminders in this channel (admins)"))
        .examples(
            "subscribe",
            "subscribe 1d 1h 15m",
            "subscribe 30 min topic veto",
            "subscribe 2h here   (admins: reminders in this channel)",
            "Lead times go from 5 minutes to 14 days, at most 5.")
        .build();
  }

  @Override
  public Reply run(Invocation invocation) {
    Target target = Target.parse(invocation.arguments());
    List<Duration> leads =
        target.leadWords().isBlank() ? List.of() : LeadTimes.parse(target.leadWords());
    return subscribe(invocation, leads, target.cluster(), target.here());
  }

  @Override
  public Reply subscribe(
      Invocation invocation, List<Duration> leadTimes, Optional<Cluster> cluster, boolean here) {
    Target target = new Target("", cluster, here);
    List<Duration> leads = leadTimes.isEmpty() ? defaults : leadTimes;
    Recipient recipient = target.recipient(invocation);
    Subscription subscription =
        new Subscription(recipient, target.cluster(), leads, invocation.now());
    Optional<Subscription> before = previous(recipient, target.cluster());
    store.save(subscription);
    replanner.replan();
    Reply.Builder reply = Reply.ok();
    before
        .filter(old -> !old.leadTimes().equals(subscription.leadTimes()))
        .ifPresent(
            old ->
                reply.line(
                    "Your lead times were "
                        + LeadTimes.formatAll(old.leadTimes())
                        + "; they are now "
                        + LeadTimes.formatAll(subscription.leadTimes())
                        + "."));
    return reply
        .title(
            "Subscribed: a reminder "
                + LeadTimes.formatAll(leads)
                + " before each sitting of "
                + subscription.what()
                + ", "
                + target.where()
                + ".")
        .line("See yours with `subscriptions`; stop them with `unsubscribe`.")
        .build();
  }

  /** The subscription this one replaces; none said when the store cannot tell (saving says). */
  private Optional<Subscription> previous(Recipient recipient, Optional<Cluster> cluster) {
    try {
      return store.of(recipient).stream()
          .filter(s -> s.meeting().isEmpty() && s.cluster().equals(cluster))
          .findFirst();
    } catch (StoreUnavailableException e) {
      return Optional.empty();
    }
  }
}
