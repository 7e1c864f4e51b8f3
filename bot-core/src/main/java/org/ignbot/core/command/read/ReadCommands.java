package org.ignbot.core.command.read;

import java.util.List;
import org.ignbot.core.command.Command;
import org.ignbot.core.knowledge.Knowledge;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.user.UserSettings;

/** The read-only commands, in the order {@code help} lists them. */
public final class ReadCommands {
  private ReadCommands() {}

  public static List<Command> create(
      ScheduleRepository schedules, Knowledge knowledge, UserSettings settings) {
    return List.of(
        new NextCommand(schedules),
        new ScheduleCommand(schedules),
        new OnCommand(schedules),
        new TopicCommand(schedules),
        new MeetingCommand(schedules),
        new ClustersCommand(schedules),
        new AboutCommand(knowledge),
        new TzCommand(settings));
  }
}
