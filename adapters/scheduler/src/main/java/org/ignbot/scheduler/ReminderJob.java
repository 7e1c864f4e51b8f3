package org.ignbot.scheduler;

import java.io.Serializable;
import java.time.Instant;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.Reminder;

/** A planned reminder as db-scheduler stores it: enough to find it again in the plan. */
record ReminderJob(
    String key,
    String platform,
    String workspace,
    String kind,
    String recipientId,
    String meetingId,
    long startEpochSecond,
    long leadMinutes)
    implements Serializable {

  /** {@code key} is the reminder's own, computed once by the planner. */
  static ReminderJob of(String key, Reminder reminder) {
    Recipient r = reminder.recipient();
    return new ReminderJob(
        key,
        r.platform(),
        r.workspace(),
        r.kind().name(),
        r.id(),
        reminder.meeting().id(),
        reminder.sitting().startInstant().getEpochSecond(),
        reminder.lead().toMinutes());
  }

  Recipient recipient() {
    return new Recipient(platform, workspace, Recipient.Kind.valueOf(kind), recipientId);
  }

  /** The sitting's start to the second: enough to look the reminder up by its key. */
  Instant start() {
    return Instant.ofEpochSecond(startEpochSecond);
  }
}
