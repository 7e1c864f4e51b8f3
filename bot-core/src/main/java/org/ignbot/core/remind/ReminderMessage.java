package org.ignbot.core.remind;

import java.time.Duration;
import java.time.Instant;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.time.TimeFormat;

/** What a reminder says: the sitting, how soon it starts, and the meeting's card. */
public final class ReminderMessage {
  private ReminderMessage() {}

  /** The reminder as sent at {@code now}; marked late when it is. */
  public static Reply of(Reminder reminder, Instant now) {
    Duration left = Duration.between(now, reminder.sitting().startInstant());
    String soon = "starts in " + LeadTimes.format(roundedToMinute(left));
    String sitting =
        reminder.sitting().partOfDay()
            + " sitting"
            + (reminder.sitting().spillOver() ? " (reserved for possible spill-over)" : "");
    String title =
        (reminder.isLateAt(now) ? "Late reminder: " : "Reminder: ")
            + reminder.meeting().title()
            + ", "
            + sitting
            + ", "
            + soon
            + " — "
            + TimeFormat.shortDay(reminder.meeting().date())
            + ", "
            + TimeFormat.venueRange(reminder.sitting())
            + " New York";
    Reply.Builder reply = Reply.ok().title(title);
    if (reminder.isLateAt(now)) {
      reply.line(
          "I could not send this "
              + LeadTimes.format(reminder.lead())
              + " reminder on time; sorry for the delay.");
    }
    return reply
        .card(reminder.meeting())
        .line("Stop these with `unsubscribe`; see yours with `subscriptions`.")
        .build();
  }

  private static Duration roundedToMinute(Duration duration) {
    long minutes = (duration.getSeconds() + 30) / 60;
    return Duration.ofMinutes(Math.max(minutes, 0));
  }
}
