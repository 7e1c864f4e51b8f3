package org.ignbot.discord;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.ignbot.core.calendar.CalendarFeed;
import org.ignbot.core.calendar.CalendarFor;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.ShowHelp;
import org.ignbot.core.command.read.ListClusters;
import org.ignbot.core.command.read.MeetingsOnDay;
import org.ignbot.core.command.read.MeetingsOnTopic;
import org.ignbot.core.command.read.NextMeeting;
import org.ignbot.core.command.read.NextMeetings;
import org.ignbot.core.command.read.SetTimeZone;
import org.ignbot.core.command.read.ShowMeeting;
import org.ignbot.core.command.subscription.ChooseDigest;
import org.ignbot.core.command.subscription.ForgetMe;
import org.ignbot.core.command.subscription.ListSubscriptions;
import org.ignbot.core.command.subscription.RemindOfMeeting;
import org.ignbot.core.command.subscription.StopDigest;
import org.ignbot.core.command.subscription.Subscribe;
import org.ignbot.core.command.subscription.Unsubscribe;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.time.DateInput;
import org.ignbot.core.time.ZoneInput;

/**
 * The subcommands whose options go to one of the core's typed use cases as typed values (a count, a
 * zone, a day, lead times, a cluster, a flag, a meeting id, a file) instead of command text for the
 * engine to parse back; the admin ones are {@link TypedAdminSubcommands}, the e-mail forms {@link
 * TypedEmailSubcommands}. The values come as Discord sends them, by option name; a subcommand not
 * here, or options that do not fit its use case (a cluster from an old choice list), go the text
 * way.
 */
final class TypedSubcommands {
  private final CommandEngine engine;
  private final Map<String, BiFunction<Asker, SubcommandOptions, Optional<Reply>>> bySubcommand;

  TypedSubcommands(CommandEngine engine) {
    this.engine = engine;
    Map<String, BiFunction<Asker, SubcommandOptions, Optional<Reply>>> all =
        new HashMap<>(TypedAdminSubcommands.routes(engine));
    all.putAll(TypedEmailSubcommands.routes(engine));
    all.putAll(
        Map.of(
            "next", this::next,
            "on", this::on,
            "topic", this::topic,
            "schedule", this::schedule,
            "tz", this::tz,
            "subscribe", this::subscribe,
            "unsubscribe", this::unsubscribe,
            "subscriptions", this::subscriptions,
            "remind", this::remind,
            "ics", this::ics));
    all.put("help", this::help);
    all.put("meeting", this::meeting);
    all.put("clusters", this::clusters);
    all.put("digest", this::digest);
    all.put(
        "forget",
        (asker, options) ->
            Optional.of(engine.perform(asker, ForgetMe.class, (f, call) -> f.forgetMe(call))));
    this.bySubcommand = Map.copyOf(all);
  }

  /** The typed answer to {@code /ign <subcommand>} with these options, if it has one. */
  Optional<Reply> answer(String subcommand, SubcommandOptions options, Asker asker) {
    BiFunction<Asker, SubcommandOptions, Optional<Reply>> typed = bySubcommand.get(subcommand);
    return typed == null ? Optional.empty() : typed.apply(asker, options);
  }

  /** The typed answer to {@code /ign <subcommand>} with these options and no file. */
  Optional<Reply> answer(String subcommand, Map<String, String> values, Asker asker) {
    return answer(subcommand, SubcommandOptions.of(values), asker);
  }

  private Optional<Reply> next(Asker asker, SubcommandOptions options) {
    return Optional.of(engine.perform(asker, NextMeeting.class, (next, call) -> next.next(call)));
  }

  private Optional<Reply> on(Asker asker, SubcommandOptions options) {
    // The day is read once, by the core's date reading, on the asker's today.
    String date = options.text("date").orElse("");
    return Optional.of(
        engine.perform(
            asker,
            MeetingsOnDay.class,
            (on, call) -> on.meetingsOnDay(call, DateInput.parse(date, call.today()))));
  }

  private Optional<Reply> topic(Asker asker, SubcommandOptions options) {
    String topic =
        String.join(
            " ",
            Stream.of(options.text("cluster"), options.text("words"))
                .flatMap(Optional::stream)
                .toList());
    return Optional.of(
        engine.perform(
            asker, MeetingsOnTopic.class, (topics, call) -> topics.meetingsOn(call, topic)));
  }

  private Optional<Reply> remind(Asker asker, SubcommandOptions options) {
    String id = options.text("id").orElse("");
    return Optional.of(
        engine.perform(
            asker,
            RemindOfMeeting.class,
            (remind, call) -> remind.remind(call, id, options.leadTimes())));
  }

  private Optional<Reply> meeting(Asker asker, SubcommandOptions options) {
    String id = options.text("id").orElse("");
    return Optional.of(
        engine.perform(asker, ShowMeeting.class, (meeting, call) -> meeting.meeting(call, id)));
  }

  private Optional<Reply> clusters(Asker asker, SubcommandOptions options) {
    return Optional.of(
        engine.perform(asker, ListClusters.class, (clusters, call) -> clusters.clusters(call)));
  }

  private Optional<Reply> digest(Asker asker, SubcommandOptions options) {
    Optional<String> word = options.text("frequency");
    boolean here = options.flag("here");
    if (word.filter(w -> w.equalsIgnoreCase("off")).isPresent()) {
      return Optional.of(
          engine.perform(asker, StopDigest.class, (stop, call) -> stop.stopDigest(call, here)));
    }
    return Optional.of(
        engine.perform(
            asker,
            ChooseDigest.class,
            (digest, call) ->
                word.isEmpty()
                    ? digest.showDigest(call, here)
                    : digest.startDigest(call, ChooseDigest.frequency(word.get()), here)));
  }

  private Optional<Reply> help(Asker asker, SubcommandOptions options) {
    Optional<String> command = options.text("command");
    return Optional.of(
        engine.perform(asker, ShowHelp.class, (help, call) -> help.help(call, command)));
  }

  private Optional<Reply> schedule(Asker asker, SubcommandOptions options) {
    Optional<Integer> count = options.number("count");
    if (options.has("count") && count.isEmpty()) {
      return Optional.empty();
    }
    int wanted = count.orElse(NextMeetings.DEFAULT_COUNT);
    return Optional.of(
        engine.perform(asker, NextMeetings.class, (next, call) -> next.upcoming(call, wanted)));
  }

  private Optional<Reply> tz(Asker asker, SubcommandOptions options) {
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

  private Optional<Reply> subscribe(Asker asker, SubcommandOptions options) {
    Optional<Cluster> cluster = options.cluster();
    if (options.has("cluster") && cluster.isEmpty()) {
      return Optional.empty();
    }
    boolean here = options.flag("here");
    return Optional.of(
        engine.perform(
            asker,
            Subscribe.class,
            (subscribe, call) -> subscribe.subscribe(call, options.leadTimes(), cluster, here)));
  }

  private Optional<Reply> unsubscribe(Asker asker, SubcommandOptions options) {
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

  private Optional<Reply> subscriptions(Asker asker, SubcommandOptions options) {
    return Optional.of(
        engine.perform(asker, ListSubscriptions.class, (list, call) -> list.subscriptions(call)));
  }

  private Optional<Reply> ics(Asker asker, SubcommandOptions options) {
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
}
