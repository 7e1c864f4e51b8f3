package org.ignbot.core.command.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.Invocation;
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
  private static final String USAGE = "move <id> <date> [times]";

  private final Correction correction;

  MoveCommand(Correction correction) {
    this.correction = correction;
  }

  @Override
  public String name() {
    return "move";
  }

  @Override
  public String usage() {
    return USAGE;
  }

  @Override
  public String summary() {
    return "admins: move a meeting to another day or time";
  }

  @Override
  public List<String> examples() {
    return List.of("move 2024-11-21 26 Nov", "move 2024-11-21 2024-11-26 10:00-13:00 15:00-18:00");
  }

  @Override
  public Reply run(Invocation invocation) {
    AdminOnly.check(invocation, name());
    String[] words = invocation.arguments().split("\\s+", 2);
    if (words.length < 2) {
      throw new InvalidInputException(
          "Move which meeting to when? `" + USAGE + "`, e.g. `move 2024-11-21 26 Nov`.");
    }
    Schedule basis = correction.current();
    Meeting before = correction.meeting(basis, words[0]);
    String rest = words[1];
    int[] span = SittingTimes.span(rest);
    String dateText = span[0] < 0 ? rest : rest.substring(0, span[0]);
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
    return Reply.ok()
        .title("Moved meeting " + before.id() + ".")
        .line(PreviewReply.line(change))
        .build();
  }
}
