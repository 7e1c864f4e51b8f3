package org.ignbot.core.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ignbot.core.reply.ActionRequest;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.FieldChange;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.time.TimeFormat;

/**
 * What a digest says: the meetings that start in its period, each as a card (sittings in New York
 * time and the reader's, venue, topics, source), and the changes published since the digest before:
 * added, moved, changed and cancelled meetings, each with the letter it came from. Empty when there
 * is nothing to say.
 */
public final class Digest {
  private Digest() {}

  public static Optional<Reply> compose(DigestPeriod period, ScheduleRepository schedules) {
    Instant from = period.atInstant();
    Instant to = period.until().toInstant();
    List<Meeting> all = schedules.current().all();
    List<Meeting> coming =
        all.stream()
            .filter(m -> !m.isCancelled())
            .filter(m -> !m.startsAt().isBefore(from) && m.startsAt().isBefore(to))
            .sorted(Comparator.comparing(Meeting::startsAt))
            .toList();
    List<MeetingChange> changes = changes(period, schedules, all);
    if (coming.isEmpty() && changes.isEmpty()) {
      return Optional.empty();
    }
    Reply.Builder reply = Reply.ok().title(title(period, coming.size()));
    if (!changes.isEmpty()) {
      reply.line("Since the last digest:");
      changes.forEach(change -> reply.line("• " + describe(change)));
    }
    coming.forEach(reply::card);
    reply.action("Stop the digest", ActionRequest.of(ActionRequest.Kind.STOP_DIGEST));
    return Optional.of(reply.build().inZone(Optional.of(period.at().getZone())));
  }

  /**
   * The published changes in [since, at) to meetings not over by the digest: a change to a meeting
   * long past says nothing about the week ahead.
   */
  private static List<MeetingChange> changes(
      DigestPeriod period, ScheduleRepository schedules, List<Meeting> all) {
    Instant since = period.since().toInstant();
    Instant at = period.atInstant();
    List<MeetingChange> changes = new ArrayList<>();
    for (Meeting meeting : all) {
      List<MeetingChange> history = schedules.history(meeting.id());
      boolean upcoming =
          meeting.endsAt().isAfter(at)
              || history.stream()
                  .anyMatch(c -> c.before().map(b -> b.endsAt().isAfter(at)).orElse(false));
      if (!upcoming) {
        continue;
      }
      for (MeetingChange change : history) {
        Optional<Instant> published = change.after().updated();
        if (published.isPresent()
            && !published.get().isBefore(since)
            && published.get().isBefore(at)) {
          changes.add(change);
        }
      }
    }
    changes.sort(Comparator.comparing(c -> c.after().updated().orElseThrow()));
    return changes;
  }

  /** "Moved: 3rd IGN meeting of Tuesday 3 November 2026 — date: was …, now … — Source: …". */
  static String describe(MeetingChange change) {
    Meeting before = change.before().orElse(change.after());
    StringBuilder text = new StringBuilder(verb(change)).append(": ").append(before.title());
    text.append(" of ").append(TimeFormat.longDay(before.date()));
    if (change.kind() == MeetingChange.Kind.ADDED) {
      text.append(" [").append(change.after().id()).append(']');
    } else if (!change.fields().isEmpty()) {
      text.append(" — ")
          .append(
              change.fields().stream()
                  .filter(f -> !f.field().equals("status"))
                  .map(Digest::field)
                  .collect(Collectors.joining("; ")));
    }
    return text.append(" — Source: ").append(change.source().citation()).toString();
  }

  private static String field(FieldChange field) {
    return field.was().isEmpty()
        ? field.field() + ": " + field.now()
        : field.field() + ": was " + field.was() + ", now " + field.now();
  }

  private static String verb(MeetingChange change) {
    return switch (change.kind()) {
      case ADDED -> "Added";
      case CANCELLED -> "Cancelled";
      case CHANGED ->
          change.fields().stream()
                  .anyMatch(f -> f.field().equals("date") || f.field().equals("sittings"))
              ? "Moved"
              : "Changed";
    };
  }

  /** "The week ahead, Mon 26 Oct to Sun 1 Nov 2026 (Vienna): 2 meetings". */
  private static String title(DigestPeriod period, int meetings) {
    ZoneId zone = period.at().getZone();
    String span =
        period.frequency() == Frequency.WEEKLY
            ? "The week ahead, "
                + TimeFormat.shortDay(period.at().toLocalDate())
                + " to "
                + TimeFormat.shortDay(period.at().toLocalDate().plusDays(6))
            : "The day ahead, " + TimeFormat.shortDay(period.at().toLocalDate());
    String count =
        meetings == 0 ? "no meetings" : meetings + (meetings == 1 ? " meeting" : " meetings");
    return span + " (" + TimeFormat.zoneName(zone) + "): " + count;
  }
}
