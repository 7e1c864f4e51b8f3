package org.ignbot.core.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.Invocation;
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
public final class IcsCommand implements Command {
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

  @Override
  public String name() {
    return "ics";
  }

  @Override
  public List<String> aliases() {
    return List.of("calendar");
  }

  @Override
  public String usage() {
    return "ics [<id> | all | topic <cluster>]";
  }

  @Override
  public String summary() {
    return "an .ics file for your calendar, and the link to subscribe so changes follow";
  }

  @Override
  public List<String> examples() {
    return List.of(
        "ics 2024-11-19 (one meeting; ids are shown by `schedule` and `next`)",
        "ics all (every meeting; `ics` alone does the same)",
        "ics topic veto (the meetings on one cluster: " + Cluster.keys() + ")",
        "Subscribing to the link instead keeps your calendar current when meetings move.");
  }

  @Override
  public Reply run(Invocation invocation) {
    String arguments = invocation.arguments();
    String lower = arguments.toLowerCase(Locale.ROOT);
    Schedule schedule = schedules.current();
    List<Duration> alarms = leadTimes.of(invocation.asker().user());
    if (arguments.isEmpty() || lower.equals("all")) {
      return feedReply(CalendarFeed.all(), schedule, alarms);
    }
    if (lower.equals("topic") || lower.startsWith("topic ")) {
      String words = arguments.substring("topic".length()).strip();
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
      return feedReply(CalendarFeed.of(cluster), schedule, alarms);
    }
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
    return meetingReply(meeting, alarms);
  }

  private Reply feedReply(CalendarFeed feed, Schedule schedule, List<Duration> alarms) {
    FeedLinks links = address.get();
    List<Meeting> meetings = feed.select(schedule);
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
    alarmLine(alarms).ifPresent(reply::line);
    return reply.attach(attachment(feed, meetings, alarms)).build();
  }

  private Reply meetingReply(Meeting meeting, List<Duration> alarms) {
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
    alarmLine(alarms).ifPresent(reply::line);
    return reply.attach(attachment(feed, List.of(meeting), alarms)).build();
  }

  private Attachment attachment(CalendarFeed feed, List<Meeting> meetings, List<Duration> alarms) {
    String text = writer.write(feed, meetings, alarms);
    return new Attachment(feed.fileName(), FILE_TYPE, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> alarmLine(List<Duration> alarms) {
    if (alarms.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "With an alarm "
            + alarms.stream().map(IcsCommand::lead).collect(Collectors.joining(" and "))
            + " before each sitting, as in your reminders.");
  }

  /** "1 day", "1 hour", "30 minutes". */
  static String lead(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes % (24 * 60) == 0) {
      return plural(minutes / (24 * 60), "day");
    }
    if (minutes % 60 == 0) {
      return plural(minutes / 60, "hour");
    }
    return plural(minutes, "minute");
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
