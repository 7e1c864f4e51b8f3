package org.ignbot.core.command.read;

import java.util.List;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.text.InvalidInputException;

/** {@code schedule [N]}: the next N meetings, one line each. */
public final class ScheduleCommand implements Command, NextMeetings {
  private final ScheduleRepository schedules;

  public ScheduleCommand(ScheduleRepository schedules) {
    this.schedules = schedules;
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("schedule")
          .aliases("upcoming")
          .summary("the next N meetings, one line each (" + DEFAULT_COUNT + " unless you say)")
          .parameters(
              Parameter.optional(
                      "count",
                      Parameter.Type.NUMBER,
                      "How many (" + DEFAULT_COUNT + " unless you say)")
                  .labelled("N")
                  .between(1, MAX_COUNT))
          .examples("schedule", "schedule 10")
          .shared()
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    return upcoming(invocation, count(invocation.arguments()));
  }

  @Override
  public Reply upcoming(Invocation invocation, int count) {
    if (count < 1 || count > MAX_COUNT) {
      throw new InvalidInputException(tooMany(count));
    }
    Schedule schedule = schedules.current();
    // Cancelled meetings stay in the list, marked with their reason: one rule everywhere.
    List<Meeting> upcoming =
        schedule.all().stream()
            .filter(meeting -> meeting.endsAt().isAfter(invocation.now()))
            .limit(count)
            .toList();
    if (upcoming.isEmpty()) {
      return MeetingActions.nothingScheduled(schedule, invocation.now());
    }
    Reply.Builder reply =
        Reply.ok()
            .title(
                upcoming.size() == 1
                    ? "The next IGN meeting"
                    : "The next " + upcoming.size() + " IGN meetings");
    upcoming.forEach(reply::summary);
    return reply
        .line("`meeting <id>` shows one in full; * marks a sitting reserved for spill-over.")
        .build();
  }

  private static int count(String argument) {
    if (argument.isEmpty()) {
      return DEFAULT_COUNT;
    }
    if (argument.matches("\\d{1,6}")) {
      return Integer.parseInt(argument);
    }
    String shown = argument.length() > 20 ? argument.substring(0, 20) + "…" : argument;
    throw new InvalidInputException(
        "\""
            + shown
            + "\" is not a number of meetings — try `schedule 5` (1 to "
            + MAX_COUNT
            + ").");
  }

  private static String tooMany(int count) {
    return "I list 1 to "
        + MAX_COUNT
        + " meetings at a time, not "
        + count
        + " — try `schedule "
        + MAX_COUNT
        + "`, or `topic <cluster>` for older ones.";
  }
}
