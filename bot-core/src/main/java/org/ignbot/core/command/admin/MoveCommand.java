package org.ignbot.core.command.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.letter.SittingTimes;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.time.DateInput;
import org.ignbot.core.time.GaSession;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.VenueTime;

/**
 * {@code move <id> <date> [times]}: an admin moves a meeting to another day (and times); it keeps
 * its id, so calendars and reminders follow it.
 */
final class MoveCommand implements Command {
  private static final Pattern CLOCK =
      Pattern.compile("(?<![\\d.:/-])(\\d{1,2})[:h](\\d{2})(?![\\d./])");

  private final Correction correction;

  MoveCommand(Correction correction) {
    this.correction = correction;
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
    Schedule basis = correction.current();
    Meeting before = correction.meeting(basis, words[0]);
    String rest = words[1];
    Matcher clock = CLOCK.matcher(rest);
    int[] span = clock.find() ? new int[] {clock.start(), rest.length()} : SittingTimes.span(rest);
    String dateText = span[0] < 0 ? rest : rest.substring(0, span[0]);
    if (span[0] >= 0) {
      checkClockTimes(rest.substring(span[0]));
    }
    LocalDate day = DateInput.parse(dateText, invocation.today());
    List<Sitting> sittings = new ArrayList<>();
    if (span[0] >= 0) {
      List<String> unsure = new ArrayList<>();
      for (SittingTimes.Range range : SittingTimes.find(rest.substring(span[0], span[1]), unsure)) {
        sittings.add(
            new Sitting(
                day.atTime(range.start()).atZone(VenueTime.ZONE),
                day.atTime(range.end()).atZone(VenueTime.ZONE),
                false));
      }
      if (!unsure.isEmpty()) {
        throw new InvalidInputException(
            "Give the times as ranges on the 24-hour clock, e.g. `10:00-13:00 15:00-18:00`.");
      }
    } else {
      for (Sitting sitting : before.sittings()) {
        sittings.add(
            new Sitting(
                day.atTime(sitting.start().toLocalTime()).atZone(VenueTime.ZONE),
                day.atTime(sitting.end().toLocalTime()).atZone(VenueTime.ZONE),
                sitting.spillOver()));
      }
    }
    List<String> notes = new ArrayList<>(before.notes());
    if (before.isCancelled()) {
      // Moving a cancelled meeting holds it after all: said in the reply, and its cancellation
      // note goes, so that no answer calls it both moved and cancelled.
      notes.removeIf(note -> note.regionMatches(true, 0, "cancelled", 0, "cancelled".length()));
    }
    if (!day.equals(before.date())) {
      notes.add("Moved from " + TimeFormat.longDay(before.date()) + " by an admin.");
    }
    Meeting after =
        new Meeting(
            before.id(),
            GaSession.of(day),
            before.title(),
            day,
            sittings,
            before.venue(),
            before.topics(),
            before.clusters(),
            notes,
            MeetingStatus.SCHEDULED,
            before.revision(),
            before.updated(),
            before.source());
    MeetingChange change =
        correction.publish(basis, before, after, MeetingChange.Kind.CHANGED, invocation);
    Reply.Builder reply =
        Reply.ok()
            .title(
                (before.isCancelled() ? "Moved and reinstated meeting " : "Moved meeting ")
                    + before.id()
                    + ".");
    if (before.isCancelled()) {
      reply.line(
          "It was cancelled; moving it holds it after all, and its cancellation note is dropped."
              + " `cancel "
              + before.id()
              + "` cancels it again.");
    }
    return reply.line(PreviewReply.line(change)).build();
  }

  /** Times on the 24-hour clock: "25:00" is refused as a time, not blamed on the date. */
  private static void checkClockTimes(String times) {
    Matcher clock = CLOCK.matcher(times);
    while (clock.find()) {
      int hour = Integer.parseInt(clock.group(1));
      int minute = Integer.parseInt(clock.group(2));
      if (hour > 24 || minute > 59 || (hour == 24 && minute > 0)) {
        throw new InvalidInputException(
            "\""
                + clock.group()
                + "\" is not a time: give the times on the 24-hour clock, 00:00 to 23:59, e.g."
                + " `10:00-13:00 15:00-18:00`.");
      }
    }
  }
}
