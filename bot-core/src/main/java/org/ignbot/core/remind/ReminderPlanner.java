package org.ignbot.core.remind;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.Sitting;

/**
 * Works out the reminders from the schedule, the subscriptions and the time: one per (sitting, lead
 * time, recipient), none for cancelled meetings, none for a sitting that has started, none that
 * fell due before the subscription was made. A reminder whose time has passed while its sitting has
 * not started is still planned: it goes out marked late.
 */
public final class ReminderPlanner {

  /** The reminders due up to {@code until} that are still to be sent at {@code now}, by time. */
  public List<Reminder> plan(
      Schedule schedule, List<Subscription> subscriptions, Instant now, Instant until) {
    Map<String, Reminder> planned = new LinkedHashMap<>();
    Instant latestStart = until.plus(LeadTimes.MAX);
    for (Meeting meeting : schedule.all()) {
      if (meeting.isCancelled()
          || meeting.isDateOnly()
          || !meeting.endsAt().isAfter(now)
          || meeting.startsAt().isAfter(latestStart)) {
        continue;
      }
      for (Sitting sitting : meeting.sittings()) {
        if (!sitting.startInstant().isAfter(now)) {
          continue;
        }
        for (Subscription subscription : subscriptions) {
          if (subscription.isPaused() || !subscription.follows(meeting)) {
            continue;
          }
          for (Duration lead : subscription.leadTimes()) {
            Reminder reminder = new Reminder(meeting, sitting, lead, subscription.recipient());
            Instant due = reminder.dueAt();
            if (!due.isAfter(until) && !due.isBefore(subscription.since())) {
              planned.putIfAbsent(reminder.key(), reminder);
            }
          }
        }
      }
    }
    return planned.values().stream()
        .sorted(Comparator.comparing(Reminder::dueAt).thenComparing(Reminder::key))
        .toList();
  }

  /** The reminder with this key as planned now, if it still is. */
  public Optional<Reminder> find(
      String key, Instant dueAt, Schedule schedule, List<Subscription> subscriptions, Instant now) {
    return plan(schedule, subscriptions, now, dueAt).stream()
        .filter(reminder -> reminder.key().equals(key))
        .findFirst();
  }
}
