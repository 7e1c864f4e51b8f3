package org.ignbot.core.command.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.letter.SittingTimes;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.time.DateInput;

/**
 * {@code move <id> <date> [times]}: an admin moves a meeting to another day (and times); it keeps
 * its id, so calendars and reminders follow it. A parser over {@link CorrectMeeting}.
 */
final class MoveCommand implements Command {
  private final MeetingCorrections corrections;

  MoveCommand(MeetingCorrections corrections) {
    this.corrections = corrections;
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("move")
          .summary("move a meeting to another day or time")
          .parameters(
              Parameter.required("id", Parameter.Type.MEETING_ID, "The meeting, e.g. 2024-11-19"),
              Parameter.required("date", Parameter.Type.DATE, "The new day, e.g. 2024-11-22"),
              Parameter.optional(
                  "times", Parameter.Type.TIMES, "New York times, e.g. 10:00-13:00 15:00-18:00"))
          .examples(
              "move 2024-11-21 26 Nov",
              "move 2024-11-21 2024-11-26 10:00-13:00 15:00-18:00",
              "Moving a cancelled meeting holds it after all (reinstates it); the reply says so.")
          .adminOnly()
          .build();

  private static final String USAGE = SPEC.usage();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    String[] words = invocation.arguments().split("\\s+", 2);
    if (words.length < 2) {
      throw new InvalidInputException(
          "Move which meeting to when? `" + USAGE + "`, e.g. `move 2024-11-21 26 Nov`.");
    }
    // An unknown id is named before anything wrong in the date or times.
    corrections.requireMeeting(words[0]);
    String rest = words[1];
    int[] span = MoveTimes.span(rest);
    String dateText = span[0] < 0 ? rest : rest.substring(0, span[0]);
    if (span[0] >= 0) {
      MoveTimes.checkClockTimes(rest.substring(span[0]));
    }
    LocalDate day = DateInput.parse(dateText, invocation.today());
    List<SittingTimes.Range> times =
        span[0] < 0 ? List.of() : MoveTimes.ranges(rest.substring(span[0], span[1]));
    return corrections.move(invocation, words[0], day, times);
  }

  @Override
  public <T> Optional<T> offers(Class<T> useCase) {
    return Command.offered(corrections, useCase);
  }
}
