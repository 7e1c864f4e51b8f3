package org.ignbot.core.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.time.TimeFormat;

/**
 * {@code ics [<id> | all | topic <cluster>]}: an .ics file to open in a calendar, with the link of
 * the feed to subscribe to instead, so that later changes follow by themselves.
 */
public final class IcsCommand implements Command, CalendarFor {
  /** The media type of the attached file. */
  public static final String FILE_TYPE = "text/calendar";

  private final ScheduleRepository schedules;
  private final IcsWriter writer;
  private final Supplier<FeedLinks> address;
  private final LeadTimes leadTimes;

  public IcsCommand(
      ScheduleRepository schedules, IcsWriter writer, FeedLinks links, LeadTimes leadTimes) {
    this(schedules, writer, () -> links, leadTimes);
  }

  /**
   * @param address asked at each answer: the port the bot serves on is known once it listens
   */
  public IcsCommand(
      ScheduleRepository schedules,
      IcsWriter writer,
      Supplier<FeedLinks> address,
      LeadTimes leadTimes) {
    this.schedules = schedules;
    this.writer = writer;
    this.address = address;
    this.leadTimes = leadTimes;
  }

  /** What {@code ics} is; public so that stand-ins in tests describe it the same way. */
  public static final CommandSpec SPEC =
      CommandSpec.command("ics")
          .aliases("calendar")
          .usage("ics [<id> | all | topic <cluster>]")
          .summary("an .ics file for your calendar, and the link to subscribe so changes follow")
          .parameters(
              Parameter.optional("id", Parameter.Type.MEETING_ID, "The meeting, e.g. 2024-11-19"),
              Parameter.optional("cluster", Parameter.Type.CLUSTER, "Every meeting on this cluster")
                  .after("topic"))
          .examples(
              "ics 2024-11-19 (one meeting; ids are shown by `schedule` and `next`)",
              "ics all (every meeting; `ics` alone does the same)",
              "ics topic veto (the meetings on one cluster: " + Cluster.keys() + ")",
              "Subscribing to the link instead keeps your calendar current when meetings move.")
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    String arguments = invocation.arguments();
    String lower = arguments.toLowerCase(Locale.ROOT);
    if (arguments.isEmpty() || lower.equals("all")) {
      return calendar(invocation, CalendarFeed.all());
    }
    if (lower.equals("topic") || lower.startsWith("topic ")) {
      return topicCalendar(invocation, arguments.substring("topic".length()).strip());
    }
    return meetingCalendar(invocation, arguments);
  }

  @Override
  public Reply topicCalendar(Invocation invocation, String words) {
    Cluster cluster =
        Cluster.fromWords(words)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        (words.isEmpty()
                                ? "Which cluster?"
                                : "\"" + shorten(words) + "\" is no cluster.")
                            + " Try `ics topic veto`; the clusters are "
                            + Cluster.keys()
                            + "."));
    return calendar(invocation, CalendarFeed.of(cluster));
  }

  @Override
  public Reply calendar(Invocation invocation, CalendarFeed feed) {
    return feedReply(feed, schedules.current(), alarms(invocation));
  }

  @Override
  public Reply meetingCalendar(Invocation invocation, String arguments) {
    Schedule schedule = schedules.current();
    Meeting meeting =
        schedule
            .byId(arguments)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "No meeting has the id \""
                            + shorten(arguments)
                            + "\"."
                            + (schedule.all().isEmpty()
                                ? ""
                                : " Did you mean "
                                    + String.join(" or ", schedule.idsLike(arguments, 2))
                                    + "?")
                            + " Try `ics all`, `ics topic veto`, or `schedule` for the ids."));
    return meetingReply(meeting, alarms(invocation));
  }

  /** The asker's alarms for a meeting: those of their subscriptions that cover it. */
  private Function<Meeting, List<Duration>> alarms(Invocation invocation) {
    return meeting -> leadTimes.of(invocation.asker().user(), meeting);
  }

  private Reply feedReply(
      CalendarFeed feed, Schedule schedule, Function<Meeting, List<Duration>> alarmsOf) {
    FeedLinks links = address.get();
    List<Meeting> meetings = feed.select(schedule);
    Map<Meeting, List<Duration>> alarms = new LinkedHashMap<>();
    meetings.forEach(meeting -> alarms.put(meeting, alarmsOf.apply(meeting)));
    Reply.Builder reply =
        Reply.ok()
            .title(feed.name())
            .line(
                meetings.isEmpty()
                    ? "No meeting here yet; " + feed.fileName() + " is empty for now."
                    : meetings.size()
                        + (meetings.size() == 1 ? " meeting" : " meetings")
                        + " in "
                        + feed.fileName()
                        + ": open the file to add them to your calendar.")
            .line(
                "To have later changes follow by themselves, subscribe instead: " + links.url(feed))
            .line("Apple Calendar: " + links.webcal(feed))
            .line("Google, Outlook and more: " + links.page());
    AlarmWords.feedLine(alarms).ifPresent(reply::line);
    return reply.attach(attachment(feed, meetings, alarms::get)).build();
  }

  private Reply meetingReply(Meeting meeting, Function<Meeting, List<Duration>> alarmsOf) {
    List<Duration> alarms = alarmsOf.apply(meeting);
    FeedLinks links = address.get();
    CalendarFeed feed = CalendarFeed.of(meeting);
    int sittings = meeting.sittings().size();
    Reply.Builder reply =
        Reply.ok()
            .title(meeting.title() + " — " + TimeFormat.longDay(meeting.date()))
            .line(
                (meeting.isDateOnly()
                        ? "An all-day entry (the time was not announced)"
                        : sittings + (sittings == 1 ? " sitting" : " sittings"))
                    + " in "
                    + feed.fileName()
                    + ": open the file to add "
                    + (sittings > 1 ? "them" : "it")
                    + " to your calendar.");
    if (meeting.isCancelled()) {
      reply.line("This meeting is CANCELLED: the file marks it so in calendars that have it.");
    }
    reply
        .line("This meeting's link: " + links.url(feed))
        .line(
            "To have every meeting, and later changes, in your calendar, subscribe: "
                + links.url(CalendarFeed.all()));
    if (!alarms.isEmpty()) {
      reply.line(
          "With "
              + (alarms.size() == 1 ? "an alarm " : "alarms ")
              + AlarmWords.leads(alarms)
              + " before each sitting, as in your reminders for it.");
    }
    return reply.attach(attachment(feed, List.of(meeting), m -> alarms)).build();
  }

  private Attachment attachment(
      CalendarFeed feed, List<Meeting> meetings, Function<Meeting, List<Duration>> alarms) {
    String text = writer.write(feed, meetings, alarms);
    return new Attachment(feed.fileName(), FILE_TYPE, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
