package org.ignbot.discord;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.ignbot.core.calendar.CalendarFeed;
import org.ignbot.core.calendar.CalendarFor;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.read.NextMeetings;
import org.ignbot.core.command.read.SetTimeZone;
import org.ignbot.core.command.subscription.ListSubscriptions;
import org.ignbot.core.command.subscription.Subscribe;
import org.ignbot.core.command.subscription.Unsubscribe;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.time.ZoneInput;

/**
 * The subcommands whose options go to one of the core's typed use cases as typed values (a count, a
 * zone, lead times, a cluster, a flag, a meeting id) instead of command text for the engine to
 * parse back. The values come as Discord sends them, by option name; a subcommand not here, or
 * options that do not fit its use case (a cluster from an old choice list), go the text way.
 */
final class TypedSubcommands {
  private final CommandEngine engine;
  private final Map<String, BiFunction<Asker, Options, Optional<Reply>>> bySubcommand;

  TypedSubcommands(CommandEngine engine) {
    this.engine = engine;
    this.bySubcommand =
        Map.of(
            "schedule", this::schedule,
            "tz", this::tz,
            "subscribe", this::subscribe,
            "unsubscribe", this::unsubscribe,
            "subscriptions", this::subscriptions,
            "ics", this::ics);
  }

  /** The typed answer to {@code /ign <subcommand>} with these options, if it has one. */
  Optional<Reply> answer(String subcommand, Map<String, String> values, Asker asker) {
    BiFunction<Asker, Options, Optional<Reply>> typed = bySubcommand.get(subcommand);
    return typed == null ? Optional.empty() : typed.apply(asker, new Options(values));
  }

  private Optional<Reply> schedule(Asker asker, Options options) {
    Optional<Integer> count = options.number("count");
    if (options.has("count") && count.isEmpty()) {
      return Optional.empty();
    }
    int wanted = count.orElse(NextMeetings.DEFAULT_COUNT);
    return Optional.of(
        engine.perform(asker, NextMeetings.class, (next, call) -> next.upcoming(call, wanted)));
  }

  private Optional<Reply> tz(Asker asker, Options options) {
    Optional<String> zone = options.text("zone");
    return Optional.of(
        engine.perform(
            asker,
            SetTimeZone.class,
            (tz, call) ->
                zone.isEmpty()
                    ? tz.showZone(call)
                    : tz.setZone(call, ZoneInput.parse(zone.get()))));
  }

  private Optional<Reply> subscribe(Asker asker, Options options) {
    Optional<Cluster> cluster = options.cluster();
    if (options.has("cluster") && cluster.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> lead = options.text("lead");
    boolean here = options.flag("here");
    return Optional.of(
        engine.perform(
            asker,
            Subscribe.class,
            (subscribe, call) ->
                subscribe.subscribe(
                    call, lead.map(LeadTimes::parse).orElse(List.of()), cluster, here)));
  }

  private Optional<Reply> unsubscribe(Asker asker, Options options) {
    Optional<Cluster> cluster = options.cluster();
    if (options.has("cluster") && cluster.isEmpty()) {
      return Optional.empty();
    }
    boolean here = options.flag("here");
    return Optional.of(
        engine.perform(
            asker,
            Unsubscribe.class,
            (unsubscribe, call) -> unsubscribe.unsubscribe(call, cluster, here)));
  }

  private Optional<Reply> subscriptions(Asker asker, Options options) {
    return Optional.of(
        engine.perform(asker, ListSubscriptions.class, (list, call) -> list.subscriptions(call)));
  }

  private Optional<Reply> ics(Asker asker, Options options) {
    Optional<String> id = options.text("id");
    Optional<Cluster> cluster = options.cluster();
    if ((options.has("cluster") && cluster.isEmpty()) || (id.isPresent() && cluster.isPresent())) {
      return Optional.empty();
    }
    return Optional.of(
        engine.perform(
            asker,
            CalendarFor.class,
            (calendar, call) ->
                id.isPresent()
                    ? calendar.meetingCalendar(call, id.get())
                    : calendar.calendar(
                        call, cluster.map(CalendarFeed::of).orElse(CalendarFeed.all()))));
  }

  /** The options given, by name; a blank one counts as not given. */
  private record Options(Map<String, String> values) {
    boolean has(String name) {
      return text(name).isPresent();
    }

    Optional<String> text(String name) {
      return Optional.ofNullable(values.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    Optional<Integer> number(String name) {
      return text(name).filter(v -> v.matches("-?\\d{1,9}")).map(Integer::valueOf);
    }

    boolean flag(String name) {
      return text(name).map(Boolean::parseBoolean).orElse(false);
    }

    Optional<Cluster> cluster() {
      return text("cluster").flatMap(Cluster::fromKey);
    }
  }
}
