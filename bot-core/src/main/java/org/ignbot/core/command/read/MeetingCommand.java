package org.ignbot.core.command.read;

import java.util.List;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.text.InvalidInputException;

/** {@code meeting <id>}: one meeting in full, with its source and revision. */
public final class MeetingCommand implements Command {
  private final ScheduleRepository schedules;

  public MeetingCommand(ScheduleRepository schedules) {
    this.schedules = schedules;
  }

  @Override
  public String name() {
    return "meeting";
  }

  @Override
  public String usage() {
    return "meeting <id>";
  }

  @Override
  public String summary() {
    return "one meeting in full, with its source";
  }

  @Override
  public List<String> examples() {
    return List.of("meeting 2024-11-21 (ids are shown by `schedule` and `next`)");
  }

  @Override
  public Reply run(Invocation invocation) {
    if (!invocation.hasArguments()) {
      throw new InvalidInputException(
          "Which meeting? Give its id, e.g. `meeting 2024-11-21`; `schedule` lists the ids.");
    }
    Meeting meeting = MeetingActions.byId(schedules.current(), invocation.arguments());
    return Reply.ok()
        .full(meeting)
        .action("Add to calendar", "ics " + meeting.id())
        .action("Remind me", "subscribe")
        .build();
  }
}
