package org.ignbot.core.command.read;

import java.time.LocalDate;
import java.util.List;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.time.DateInput;
import org.ignbot.core.time.TimeFormat;

/** {@code on <date>}: the meetings on one New York day; a parser over {@link MeetingsOnDay}. */
public final class OnCommand implements Command, MeetingsOnDay {
  private final ScheduleRepository schedules;

  public OnCommand(ScheduleRepository schedules) {
    this.schedules = schedules;
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("on")
          .summary("meetings on a day: 21 Nov, 2024-11-21, tomorrow, monday")
          .parameters(
              Parameter.required(
                  "date", Parameter.Type.DATE, "A day: 21 Nov, 2024-11-21, tomorrow, monday"))
          .examples(
              "on 21 Nov",
              "on 2024-11-21",
              "on tomorrow",
              "on monday (the next Monday; today counts)")
          .shared()
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    return meetingsOnDay(invocation, DateInput.parse(invocation.arguments(), invocation.today()));
  }

  @Override
  public Reply meetingsOnDay(Invocation invocation, LocalDate day) {
    Schedule schedule = schedules.current();
    List<Meeting> meetings = schedule.on(day);
    if (meetings.isEmpty()) {
      Reply.Builder reply = Reply.ok().title("No IGN meeting on " + TimeFormat.longDay(day) + ".");
      schedule.all().stream()
          .filter(meeting -> meeting.date().isAfter(day) && !meeting.isCancelled())
          .findFirst()
          .ifPresent(after -> reply.line("The next one after that day:").summary(after));
      return reply.build();
    }
    Reply.Builder reply = Reply.ok().title("IGN meetings on " + TimeFormat.longDay(day));
    meetings.forEach(meeting -> MeetingActions.withActions(reply, meeting, invocation.now()));
    return reply.build();
  }
}
