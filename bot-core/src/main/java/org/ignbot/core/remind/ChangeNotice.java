package org.ignbot.core.remind;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.FieldChange;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.time.TimeFormat;

/**
 * The notice subscribers get when a meeting they follow is changed or cancelled: what changed
 * (was/now) and on whose authority. Added meetings get no notice; their reminders say enough.
 */
public final class ChangeNotice {
  private ChangeNotice() {}

  /** Whether this change is announced to subscribers. */
  public static boolean announced(MeetingChange change) {
    return change.kind() != MeetingChange.Kind.ADDED;
  }

  /** The recipients following the meeting before or after the change, each once. */
  public static List<Recipient> followers(MeetingChange change, List<Subscription> subscriptions) {
    Set<Recipient> recipients = new LinkedHashSet<>();
    for (Subscription subscription : subscriptions) {
      boolean before = change.before().map(subscription::follows).orElse(false);
      if (!subscription.isPaused() && (before || subscription.follows(change.after()))) {
        recipients.add(subscription.recipient());
      }
    }
    return List.copyOf(recipients);
  }

  /** A key naming this notice to this recipient, so that it is sent once. */
  public static String key(MeetingChange change, Recipient recipient) {
    StringBuilder what = new StringBuilder(change.kind().name());
    for (FieldChange field : change.fields()) {
      what.append('\n').append(field.field()).append('\n').append(field.now());
    }
    return "notice:"
        + change.after().id()
        + "/r"
        + change.after().revision()
        + "/"
        + Integer.toHexString(what.toString().hashCode())
        + "/"
        + Reminder.recipientHash(recipient);
  }

  /** "Changed: 1st IGN Plenary of Tuesday 19 November 2024", then each field, then the source. */
  public static Reply of(MeetingChange change) {
    Meeting before = change.before().orElse(change.after());
    String day = TimeFormat.longDay(before.date());
    Reply.Builder reply =
        Reply.ok()
            .title(
                (change.kind() == MeetingChange.Kind.CANCELLED ? "Cancelled: " : "Changed: ")
                    + before.title()
                    + " of "
                    + day);
    for (FieldChange field : change.fields()) {
      reply.line(field.field() + ": was " + field.was() + ", now " + field.now());
    }
    // The meeting as a summary view, not a line of text: each reader sees it in their own zone.
    return reply
        .line("Source: " + change.source().citation())
        .summary(change.after())
        .line(
            change.kind() == MeetingChange.Kind.CANCELLED
                ? "Its reminders are cancelled."
                : "Your reminders follow the new times.")
        .build();
  }
}
