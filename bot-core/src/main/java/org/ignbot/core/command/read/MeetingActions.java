package org.ignbot.core.command.read;

import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.time.TimeFormat;

/** What the read commands share: actions on a meeting, the "nothing scheduled" answer. */
final class MeetingActions {
  private MeetingActions() {}

  /** A card with "Add to calendar" and "Remind me" (shown where those commands exist). */
  static Reply.Builder withActions(Reply.Builder reply, Meeting meeting) {
    return reply
        .card(meeting)
        .action("Add to calendar", "ics " + meeting.id())
        .action("Remind me", "subscribe");
  }

  /** Nothing ahead: say so plainly, and show the last meeting held. */
  static Reply nothingScheduled(Schedule schedule, java.time.Instant now) {
    Reply.Builder reply = Reply.ok().title("No IGN meeting is scheduled yet.");
    schedule
        .lastHeld(now)
        .ifPresentOrElse(
            last ->
                reply
                    .line("The last one held was on " + TimeFormat.longDay(last.date()) + ":")
                    .card(last),
            () -> reply.line("I know of no meeting held either."));
    return reply.build();
  }

  /** The meeting with that id, or one line saying which ids exist. */
  static Meeting byId(Schedule schedule, String id) {
    return schedule
        .byId(id)
        .orElseThrow(
            () -> {
              String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
              String hint =
                  schedule.all().isEmpty()
                      ? ""
                      : " — did you mean " + String.join(" or ", schedule.idsLike(id, 2)) + "?";
              return new InvalidInputException(
                  "No meeting has the id \"" + shown + "\"" + hint + " `schedule` lists the ids.");
            });
  }
}
