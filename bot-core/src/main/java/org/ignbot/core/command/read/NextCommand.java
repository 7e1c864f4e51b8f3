package org.ignbot.core.command.read;

import java.util.List;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleRepository;

/** {@code next}: the next meeting in full, or the last one held when none is ahead. */
public final class NextCommand implements Command {
  private final ScheduleRepository schedules;

  public NextCommand(ScheduleRepository schedules) {
    this.schedules = schedules;
  }

  @Override
  public String name() {
    return "next";
  }

  @Override
  public String usage() {
    return "next";
  }

  @Override
  public String summary() {
    return "the next meeting: day, sittings, venue, topics, source";
  }

  @Override
  public List<String> examples() {
    return List.of("/ign next");
  }

  @Override
  public Reply run(Invocation invocation) {
    Schedule schedule = schedules.current();
    return schedule
        .next(invocation.now())
        .map(
            meeting ->
                MeetingActions.withActions(Reply.ok().title("Next IGN meeting"), meeting).build())
        .orElseGet(() -> MeetingActions.nothingScheduled(schedule, invocation.now()));
  }
}
