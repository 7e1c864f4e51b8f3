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
import java.util.function.BiPredicate;
import java.util.function.IntFunction;
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
    each(
        schedule,
        subscriptions,
        recipients::get,
        now,
        until,
        (key, reminder) -> {
          planned.putIfAbsent(key, reminder);
          return true;
        });
    List<Map.Entry<String, Reminder>> byTime = new ArrayList<>(planned.entrySet());
    byTime.sort(
        Comparator.comparing((Map.Entry<String, Reminder> e) -> e.getValue().dueAt())
            .thenComparing(Map.Entry::getKey));
    Map<String, Reminder> ordered = new LinkedHashMap<>();
    byTime.forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  /**
   * The reminder with this key as planned now, if it still is. {@code subscriptions} are those of
   * the key's recipient, whose digest ends the key: it is read from there rather than worked out
   * again for every send.
   */
  public Optional<Reminder> find(
      String key, Instant dueAt, Schedule schedule, List<Subscription> subscriptions, Instant now) {
    String recipient = key.substring(key.lastIndexOf('/') + 1);
    Reminder[] found = new Reminder[1];
    each(
        schedule,
        subscriptions,
        i -> recipient,
        now,
        dueAt,
        (candidate, reminder) -> {
          if (candidate.equals(key)) {
            found[0] = reminder;
            return false;
          }
          return true;
        });
    return Optional.ofNullable(found[0]);
  }

  /**
   * Hands each reminder due up to {@code until} and still to be sent at {@code now} to {@code take}
   * with its key, until it answers false; subscription {@code i}'s recipient digest is {@code
   * recipients.apply(i)}.
   */
  private static void each(
      Schedule schedule,
      List<Subscription> subscriptions,
      IntFunction<String> recipients,
      Instant now,
      Instant until,
      BiPredicate<String, Reminder> take) {
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
            if (!due.isAfter(until)
                && !due.isBefore(subscription.since())
                && !take.test(
                    Reminder.key(meeting.id(), sitting.startInstant(), lead, recipients.apply(i)),
                    reminder)) {
              return;
            }
          }
        }
      }
    }
  }
}
