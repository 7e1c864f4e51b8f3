package org.ignbot.core.command.subscription;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.command.read.MeetingActions;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.remind.Replanner;
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.remind.Subscriptions;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.time.TimeFormat;

/** {@code remind <id> [lead times]}: reminders before the sittings of one meeting only. */
final class RemindCommand implements Command, RemindOfMeeting {
  private final ScheduleRepository schedules;
  private final SubscriptionStore store;
  private final Replanner replanner;
  private final List<Duration> defaults;

  RemindCommand(
      ScheduleRepository schedules,
      SubscriptionStore store,
      Replanner replanner,
      List<Duration> defaults) {
    this.schedules = Objects.requireNonNull(schedules);
    this.store = Objects.requireNonNull(store);
    this.replanner = Objects.requireNonNull(replanner);
    this.defaults = List.copyOf(defaults);
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.command("remind")
        .summary(
            "a reminder before one meeting's sittings (default "
                + LeadTimes.formatAll(defaults)
                + " before), by direct message")
        .parameters(
            Parameter.required("id", Parameter.Type.MEETING_ID, "The meeting, e.g. 2024-11-19"),
            Parameter.optional(
                    "lead",
                    Parameter.Type.LEAD_TIMES,
                    "Lead times, e.g. 2h 15m ("
                        + LeadTimes.formatAll(defaults)
                        + " unless you say)")
                .labelled("lead times"))
        .examples(
            "remind 2024-11-19",
            "remind 2024-11-19 2h 15m",
            "The \"Remind me\" button next to a meeting does the same; `subscribe` follows them"
                + " all.")
        .build();
  }

  @Override
  public Reply run(Invocation invocation) {
    String[] words = invocation.arguments().split("\\s+", 2);
    if (words[0].isEmpty()) {
      throw new InvalidInputException(
          "Which meeting? Give its id, e.g. `remind 2024-11-19`; `schedule` lists the ids.");
    }
    return remind(invocation, words[0], words.length < 2 ? List.of() : LeadTimes.parse(words[1]));
  }

  @Override
  public Reply remind(Invocation invocation, String meetingId, List<Duration> leadTimes) {
    Schedule schedule = schedules.current();
    Meeting meeting = MeetingActions.byId(schedule, meetingId);
    if (meeting.isCancelled()) {
      throw new InvalidInputException(
          "Meeting "
              + meeting.id()
              + " is "
              + TextRenderer.cancelled(meeting)
              + " — there is nothing to remind you of.");
    }
    if (!meeting.startsAt().isAfter(invocation.now())) {
      throw new InvalidInputException(
          "Meeting "
              + meeting.id()
              + " has begun or is over; `next` shows the next one, and `remind <id>` takes its id.");
    }
    List<Duration> leads = leadTimes.isEmpty() ? defaults : List.copyOf(leadTimes);
    Recipient recipient = Subscriptions.directTo(invocation.asker().user());
    Optional<Subscription> before =
        store.of(recipient).stream()
            .filter(s -> s.meeting().equals(Optional.of(meeting.id())))
            .findFirst();
    store.save(Subscription.ofMeeting(recipient, meeting.id(), leads, invocation.now()));
    replanner.replan();
    Reply.Builder reply =
        Reply.ok()
            .title(
                "I will remind you "
                    + LeadTimes.formatAll(leads)
                    + " before each sitting of "
                    + meeting.title()
                    + " on "
                    + TimeFormat.longDay(meeting.date())
                    + ", by direct message.");
    before
        .filter(old -> !old.leadTimes().equals(leads))
        .ifPresent(
            old ->
                reply.line(
                    "Your lead times for it were "
                        + LeadTimes.formatAll(old.leadTimes())
                        + "; they are now "
                        + LeadTimes.formatAll(leads)
                        + "."));
    if (meeting.isDateOnly()) {
      reply.line("Its time is not announced yet: the reminders follow once a letter gives it.");
    }
    return reply.line("See yours with `subscriptions`; stop them with `unsubscribe`.").build();
  }
}
