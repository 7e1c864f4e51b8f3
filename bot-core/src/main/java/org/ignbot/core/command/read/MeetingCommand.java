package org.ignbot.core.command.read;

import java.util.List;
import java.util.stream.Collectors;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.VenueTime;

/** {@code meeting <id>}: one meeting in full, with its source, revision and change history. */
public final class MeetingCommand implements Command, ShowMeeting {
  private final ScheduleRepository schedules;

  public MeetingCommand(ScheduleRepository schedules) {
    this.schedules = schedules;
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("meeting")
          .summary("one meeting in full, with its source and change history")
          .parameters(
              Parameter.required("id", Parameter.Type.MEETING_ID, "The meeting, e.g. 2024-11-19"))
          .examples("meeting 2024-11-21 (ids are shown by `schedule` and `next`)")
          .shared()
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  /** "Revision 2, 26 Nov 2026 (Co-Chairs' letter ...): changed — sittings was ..., now ...". */
  static String historyLine(MeetingChange change) {
    Meeting after = change.after();
    String when =
        after
            .updated()
            .map(at -> ", " + TimeFormat.shortDay(at.atZone(VenueTime.ZONE).toLocalDate()))
            .orElse("");
    String what =
        switch (change.kind()) {
          case ADDED -> "added";
          case CANCELLED -> "cancelled";
          case CHANGED -> "changed";
        };
    String fields =
        change.fields().stream()
            .map(
                field ->
                    field.was().isEmpty()
                        ? field.field() + ": " + field.now()
                        : field.field() + " was " + field.was() + ", now " + field.now())
            .collect(Collectors.joining("; "));
    return "  Revision "
        + after.revision()
        + when
        + " ("
        + change.source().citation()
        + "): "
        + what
        + (fields.isEmpty() ? "" : " — " + fields);
  }

  @Override
  public Reply run(Invocation invocation) {
    return meeting(invocation, invocation.arguments());
  }

  @Override
  public Reply meeting(Invocation invocation, String meetingId) {
    if (meetingId.isBlank()) {
      throw new InvalidInputException(
          "Which meeting? Give its id, e.g. `meeting 2024-11-21`; `schedule` lists the ids.");
    }
    Meeting meeting = MeetingActions.byId(schedules.current(), meetingId.strip());
    Reply.Builder reply = Reply.ok();
    List<MeetingChange> history = schedules.history(meeting.id());
    if (!history.isEmpty()) {
      reply.title(
          "Meeting " + meeting.id() + ", with its " + history.size() + " published change(s):");
      for (MeetingChange change : history) {
        reply.line(historyLine(change));
      }
    }
    return MeetingActions.actions(reply.full(meeting), meeting, invocation.now()).build();
  }
}
