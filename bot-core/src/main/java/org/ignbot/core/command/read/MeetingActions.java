package org.ignbot.core.command.read;

import java.time.Duration;
import java.time.Instant;
import org.ignbot.core.reply.ActionRequest;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.time.TimeFormat;

/**
 * What the commands on meetings share: actions on a meeting, the "nothing scheduled" answer, and
 * finding a meeting by the id someone typed.
 */
public final class MeetingActions {
  /** A schedule whose last meeting is this old is likely not the current one. */
  private static final Duration STALE = Duration.ofDays(30);

  private MeetingActions() {}

  /**
   * A card with "Add to calendar", and "Remind me" (a reminder for this meeting) unless it is over
   * or cancelled; each is shown where its command exists.
   */
  static Reply.Builder withActions(Reply.Builder reply, Meeting meeting, Instant now) {
    return actions(reply.card(meeting), meeting, now);
  }

  /** The actions alone, for a reply that shows the meeting its own way. */
  static Reply.Builder actions(Reply.Builder reply, Meeting meeting, Instant now) {
    reply.action(
        "Add to calendar", ActionRequest.of(ActionRequest.Kind.MEETING_CALENDAR, meeting.id()));
    if (!meeting.isCancelled() && meeting.startsAt().isAfter(now)) {
      reply.action("Remind me", ActionRequest.of(ActionRequest.Kind.REMIND, meeting.id()));
    }
    return reply;
  }

  /** Nothing ahead: say so plainly, show the last meeting held, and how to bring it up to date. */
  static Reply nothingScheduled(Schedule schedule, Instant now) {
    Reply.Builder reply = Reply.ok().title("No IGN meeting is scheduled yet.");
    schedule
        .lastHeld(now)
        .ifPresentOrElse(
            last -> {
              reply.line("The last one held was on " + TimeFormat.longDay(last.date()) + ":");
              if (last.endsAt().plus(STALE).isBefore(now)) {
                reply.line(
                    "My schedule ends there: it comes from the "
                        + last.source().citation()
                        + ", which may be only the seed letter bundled with the bot. An admin"
                        + " imports the current Co-Chairs' letters with `import` (attach the"
                        + " letter or paste it; `help import` says how).");
              }
              reply.card(last);
            },
            () -> reply.line("I know of no meeting held either."));
    return reply.build();
  }

  /** The meeting with that id, or one line saying which ids exist. */
  public static Meeting byId(Schedule schedule, String id) {
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
