package org.ignbot.core.command.admin;

import java.util.List;
import org.ignbot.core.command.Command;
import org.ignbot.core.letter.LetterImport;
import org.ignbot.core.schedule.SchedulePublisher;

/** The admins' commands, in the order {@code help} lists them. */
public final class AdminCommands {
  private AdminCommands() {}

  /** With the pending previews in this process only (the terminal, tests). */
  public static List<Command> create(LetterImport letters, SchedulePublisher publisher) {
    return create(letters, publisher, new InMemoryPendingImports());
  }

  /** With the pending previews where every instance sees them. */
  public static List<Command> create(
      LetterImport letters, SchedulePublisher publisher, PendingImports pending) {
    MeetingCorrections corrections = new MeetingCorrections(publisher);
    return List.of(
        new ImportCommand(letters, pending),
        new ConfirmCommand(letters, pending),
        new DiscardCommand(pending),
        new CancelCommand(corrections),
        new MoveCommand(corrections));
  }
}
