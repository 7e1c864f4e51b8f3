package org.ignbot.core.command.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.letter.SittingTimes;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.FieldChange;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.MeetingDiff;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Publication;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.SchedulePublisher;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.time.GaSession;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.VenueTime;

/**
 * An admin's correction of one meeting, published the same way as a letter: the use case behind
 * {@code cancel} and {@code move}.
 */
final class MeetingCorrections implements CorrectMeeting {
  private final SchedulePublisher publisher;

  MeetingCorrections(SchedulePublisher publisher) {
    this.publisher = publisher;
  }

  @Override
  public Reply cancel(Invocation call, String meetingId, Optional<String> reason) {
    Schedule basis = current();
    Meeting before = meeting(basis, meetingId);
    if (before.isCancelled()) {
      throw new InvalidInputException("Meeting " + before.id() + " is already cancelled.");
    }
    Meeting after =
        before.cancelled(
            "Cancelled by an admin"
                + reason.map(String::strip).filter(r -> !r.isEmpty()).map(r -> ": " + r).orElse("")
                + ".");
    MeetingChange change = publish(basis, before, after, MeetingChange.Kind.CANCELLED, call);
    return Reply.ok()
        .title("Cancelled meeting " + before.id() + ".")
        .line(PreviewReply.line(change))
        .build();
  }

  @Override
  public Reply move(
      Invocation call, String meetingId, LocalDate day, List<SittingTimes.Range> times) {
    Schedule basis = current();
    Meeting before = meeting(basis, meetingId);
    List<Sitting> sittings = new ArrayList<>();
    for (SittingTimes.Range range : times) {
      sittings.add(
          new Sitting(
              day.atTime(range.start()).atZone(VenueTime.ZONE),
              day.atTime(range.end()).atZone(VenueTime.ZONE),
              false));
    }
    if (times.isEmpty()) {
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
    MeetingChange change = publish(basis, before, after, MeetingChange.Kind.CHANGED, call);
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

  @Override
  public void requireMeeting(String id) {
    meeting(current(), id);
  }

  private Schedule current() {
    return publisher.store().current();
  }

  /** The meeting with that id, or one line saying how to find the ids. */
  private static Meeting meeting(Schedule schedule, String id) {
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
  private MeetingChange publish(
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
