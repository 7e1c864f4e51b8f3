package org.ignbot.core.command.admin;

import java.util.List;
import java.util.Optional;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.schedule.FieldChange;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.MeetingDiff;
import org.ignbot.core.schedule.Publication;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.SchedulePublisher;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.time.VenueTime;

/** An admin's correction of one meeting, published the same way as a letter. */
final class Correction {
  private final SchedulePublisher publisher;

  Correction(SchedulePublisher publisher) {
    this.publisher = publisher;
  }

  Schedule current() {
    return publisher.store().current();
  }

  /** The meeting with that id, or one line saying how to find the ids. */
  Meeting meeting(Schedule schedule, String id) {
    return schedule
        .byId(id)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "No meeting has the id \""
                        + (id.length() > 40 ? id.substring(0, 40) + "…" : id)
                        + "\"; `schedule` lists the ids."));
  }

  /** Publishes {@code after} in place of {@code before}; returns the change. */
  MeetingChange publish(
      Schedule basis, Meeting before, Meeting after, MeetingChange.Kind kind, Invocation asker) {
    Source source = source(asker);
    List<FieldChange> fields = MeetingDiff.between(before, after);
    if (fields.isEmpty()) {
      throw new InvalidInputException(
          "Meeting " + before.id() + " already says that; nothing to change.");
    }
    Meeting published = after.revised(before.revision() + 1, asker.now(), source);
    MeetingChange change = new MeetingChange(kind, Optional.of(before), published, fields, source);
    List<Meeting> meetings =
        basis.all().stream()
            .map(meeting -> meeting.id().equals(before.id()) ? published : meeting)
            .toList();
    if (!publisher.publish(
        new Publication(basis, new Schedule(meetings), List.of(change), Optional.empty()))) {
      throw new InvalidInputException(
          "The schedule changed while I was correcting it; nothing was changed. Try again.");
    }
    return change;
  }

  private static Source source(Invocation invocation) {
    String who = invocation.asker().user().platform() + ":" + invocation.asker().user().userId();
    return new Source(
        "admin-" + who.replaceAll("[^A-Za-z0-9]+", "-"),
        "Correction by an admin",
        Optional.of(invocation.now().atZone(VenueTime.ZONE).toLocalDate()),
        List.of(who),
        List.of());
  }
}
