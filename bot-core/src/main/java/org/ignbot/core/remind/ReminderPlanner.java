package org.ignbot.core.remind;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
    return List.copyOf(planByKey(schedule, subscriptions, now, until).values());
  }

  /**
   * {@link #plan}, each reminder under its key, in the same order. Each key is computed once (a
   * recipient's digest once per subscription), not in every comparison of the sort.
   */
  public Map<String, Reminder> planByKey(
      Schedule schedule, List<Subscription> subscriptions, Instant now, Instant until) {
    List<String> recipients =
        subscriptions.stream().map(s -> Reminder.recipientHash(s.recipient())).toList();
    Map<String, Reminder> planned = new HashMap<>();
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
        for (int i = 0; i < subscriptions.size(); i++) {
          Subscription subscription = subscriptions.get(i);
          if (subscription.isPaused() || !subscription.follows(meeting)) {
            continue;
          }
          for (Duration lead : subscription.leadTimes()) {
            Reminder reminder = new Reminder(meeting, sitting, lead, subscription.recipient());
            Instant due = reminder.dueAt();
            if (!due.isAfter(until) && !due.isBefore(subscription.since())) {
              planned.putIfAbsent(
                  Reminder.key(meeting.id(), sitting.startInstant(), lead, recipients.get(i)),
                  reminder);
            }
          }
        }
      }
    }
    List<Map.Entry<String, Reminder>> byTime = new ArrayList<>(planned.entrySet());
    byTime.sort(
        Comparator.comparing((Map.Entry<String, Reminder> e) -> e.getValue().dueAt())
            .thenComparing(Map.Entry::getKey));
    Map<String, Reminder> ordered = new LinkedHashMap<>();
    byTime.forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  /** The reminder with this key as planned now, if it still is. */
  public Optional<Reminder> find(
      String key, Instant dueAt, Schedule schedule, List<Subscription> subscriptions, Instant now) {
    return Optional.ofNullable(planByKey(schedule, subscriptions, now, dueAt).get(key));
  }
}
