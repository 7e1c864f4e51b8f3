package org.ignbot.core.remind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.FieldChange;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.time.TimeFormat;

/**
 * The one notice a follower gets per publication: among the meetings they follow, what is new, what
 * changed (moved, retimed) and what was cancelled. A publication touching a single followed meeting
 * reads like {@link ChangeNotice}.
 */
public final class PublicationNotice {
  private PublicationNotice() {}

  /** Each follower with the changes of this publication that they follow, in publication order. */
  public static Map<Recipient, List<MeetingChange>> followers(
      List<MeetingChange> changes, List<Subscription> subscriptions) {
    Map<Recipient, List<MeetingChange>> followed = new LinkedHashMap<>();
    for (MeetingChange change : changes) {
      for (Recipient recipient : ChangeNotice.followers(change, subscriptions)) {
        followed.computeIfAbsent(recipient, r -> new ArrayList<>()).add(change);
      }
    }
    return followed;
  }

  /** The notice's key: one per publication (the schedule's version) and recipient. */
  public static String key(long scheduleVersion, Recipient recipient) {
    return "notice:v" + scheduleVersion + "/" + Reminder.recipientHash(recipient);
  }

  /** The notice for {@code changes}, all from one publication. */
  public static Reply of(List<MeetingChange> changes) {
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("a notice tells of at least one change");
    }
    if (changes.size() == 1) {
      MeetingChange only = changes.get(0);
      return only.kind() == MeetingChange.Kind.ADDED ? added(only) : ChangeNotice.of(only);
    }
    Reply.Builder reply = Reply.ok().title("Schedule update: " + counts(changes));
    Set<String> sources = new LinkedHashSet<>();
    for (MeetingChange change : changes) {
      reply.line(summary(change));
      sources.add(change.source().citation());
    }
    sources.forEach(source -> reply.line("Source: " + source));
    return reply.line("Your reminders follow the new schedule.").build();
  }

  private static Reply added(MeetingChange change) {
    return Reply.ok()
        .title("New: " + heading(change.after()))
        .line(new TextRenderer().line(change.after(), Optional.empty()))
        .line("Source: " + change.source().citation())
        .line("Your reminders include it.")
        .build();
  }

  /** "2 new, 1 changed, 1 cancelled", leaving out what did not happen. */
  private static String counts(List<MeetingChange> changes) {
    List<String> parts = new ArrayList<>();
    for (MeetingChange.Kind kind : MeetingChange.Kind.values()) {
      long count = changes.stream().filter(c -> c.kind() == kind).count();
      if (count > 0) {
        parts.add(count + " " + word(kind));
      }
    }
    return String.join(", ", parts);
  }

  private static String summary(MeetingChange change) {
    Meeting before = change.before().orElse(change.after());
    return switch (change.kind()) {
      case ADDED -> "New: " + new TextRenderer().line(change.after(), Optional.empty());
      case CANCELLED -> "Cancelled: " + heading(before);
      case CHANGED -> "Changed: " + heading(before) + " — " + fields(change.fields());
    };
  }

  private static String fields(List<FieldChange> fields) {
    List<String> parts = new ArrayList<>();
    for (FieldChange field : fields) {
      parts.add(field.field() + ": was " + field.was() + ", now " + field.now());
    }
    return String.join("; ", parts);
  }

  private static String heading(Meeting meeting) {
    return meeting.title() + " of " + TimeFormat.longDay(meeting.date());
  }

  private static String word(MeetingChange.Kind kind) {
    return switch (kind) {
      case ADDED -> "new";
      case CHANGED -> "changed";
      case CANCELLED -> "cancelled";
    };
  }
}
