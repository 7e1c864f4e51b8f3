package org.ignbot.core.command.read;

import static java.time.temporal.ChronoUnit.MINUTES;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.time.TimeFormat;

/** {@code next}: the next meeting in full, or the last one held when none is ahead. */
public final class NextCommand implements Command, NextMeeting {
  private final ScheduleRepository schedules;

  public NextCommand(ScheduleRepository schedules) {
    this.schedules = schedules;
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("next")
          .summary("the next meeting: day, sittings, venue, topics, source")
          .examples("/ign next")
          .shared()
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    return next(invocation);
  }

  @Override
  public Reply next(Invocation invocation) {
    Schedule schedule = schedules.current();
    Instant now = invocation.now();
    return schedule
        .next(now)
        .map(meeting -> MeetingActions.withActions(heading(meeting, now), meeting, now).build())
        .orElseGet(() -> MeetingActions.nothingScheduled(schedule, now));
  }

  /** "Next IGN meeting", or, once it has begun, which sitting is under way or comes next. */
  private static Reply.Builder heading(Meeting meeting, Instant now) {
    if (meeting.startsAt().isAfter(now) || meeting.isDateOnly()) {
      return Reply.ok().title("Next IGN meeting");
    }
    Reply.Builder reply = Reply.ok().title("An IGN meeting is under way");
    for (Sitting sitting : meeting.sittings()) {
      if (!sitting.startInstant().isAfter(now) && sitting.endInstant().isAfter(now)) {
        return reply.line(
            "The "
                + sitting.partOfDay().toLowerCase(Locale.ROOT)
                + " sitting is under way now ("
                + TimeFormat.venueRange(sitting)
                + " New York), ending in "
                + LeadTimes.format(Duration.between(now, sitting.endInstant()).truncatedTo(MINUTES))
                + ".");
      }
      if (sitting.startInstant().isAfter(now)) {
        return reply.line(
            "Between sittings: the "
                + sitting.partOfDay().toLowerCase(Locale.ROOT)
                + " sitting starts at "
                + TimeFormat.clock(sitting.start())
                + " New York.");
      }
    }
    return reply;
  }
}
