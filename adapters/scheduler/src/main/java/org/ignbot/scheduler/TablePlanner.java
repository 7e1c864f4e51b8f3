package org.ignbot.scheduler;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.ignbot.core.remind.AnnouncementLog;
import org.ignbot.core.remind.Delivery;
import org.ignbot.core.remind.PublicationNotice;
import org.ignbot.core.remind.Reminder;
import org.ignbot.core.remind.ReminderPlanner;
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.schedule.ScheduleRepository;

/**
 * Puts reminders and change notices into db-scheduler's table: what is due within the horizon and
 * neither settled nor already there. One planner at a time on an instance (a second waits, then
 * finds the first's work in the table); safe on several instances at once.
 */
final class TablePlanner {
  private final Scheduler scheduler;
  private final Clock clock;
  private final ScheduleRepository schedules;
  private final SubscriptionStore subscriptions;
  private final AnnouncementLog announcements;
  private final Delivery delivery;
  private final Duration horizon;
  private final PlannedKeys planned;
  private final TableStatistics statistics;
  private final DueWakes wakes;
  private final ReminderPlanner planner = new ReminderPlanner();
  private final ReentrantLock planning = new ReentrantLock();

  TablePlanner(
      Scheduler scheduler,
      DataSource dataSource,
      Clock clock,
      ScheduleRepository schedules,
      SubscriptionStore subscriptions,
      AnnouncementLog announcements,
      Delivery delivery,
      Duration horizon,
      DueWakes wakes,
      TableStatistics statistics) {
    this.scheduler = scheduler;
    this.clock = clock;
    this.schedules = schedules;
    this.subscriptions = subscriptions;
    this.announcements = announcements;
    this.delivery = delivery;
    this.horizon = horizon;
    this.planned = new PlannedKeys(dataSource, ReminderRunner.REMIND);
    this.statistics = statistics;
    this.wakes = wakes;
  }

  /**
   * Puts every reminder due within the horizon (late ones included) into the table, unless it is
   * settled or already there, and wakes the scheduler when each falls due. One planner at a time on
   * an instance; safe on several instances.
   *
   * @return how many were added
   */
  int planNow() {
    planning.lock();
    try {
      Instant now = clock.instant();
      Map<String, Reminder> reminders =
          planner.planByKey(schedules.current(), subscriptions.active(), now, now.plus(horizon));
      if (reminders.isEmpty()) {
        return 0;
      }
      Set<String> skip = delivery.settled(reminders.keySet());
      Set<String> there = planned.keys();
      List<SchedulableInstance<?>> fresh = new ArrayList<>();
      reminders.forEach(
          (key, reminder) -> {
            if (skip.contains(key)) {
              return;
            }
            // Whoever planned it, this instance looks for it at its time, not at the next poll.
            wakes.at(reminder.dueAt());
            if (!there.contains(key)) {
              Instant at = reminder.dueAt().isBefore(now) ? now : reminder.dueAt();
              fresh.add(
                  SchedulableInstance.of(
                      new TaskInstance<>(ReminderRunner.REMIND, key, ReminderJob.of(key, reminder)),
                      at));
            }
          });
      schedule(fresh);
      return fresh.size();
    } finally {
      planning.unlock();
    }
  }

  /**
   * Plans the notices of every publication not yet announced, then marks it announced: one notice
   * per publication and follower, listing what is new, changed and cancelled among the meetings
   * they follow. Safe on several instances at once (each notice has its key).
   *
   * @return how many publications were announced
   */
  int announcePending() {
    List<AnnouncementLog.Pending> pending = announcements.pending();
    if (pending.isEmpty()) {
      return 0;
    }
    List<Subscription> active = subscriptions.active();
    for (AnnouncementLog.Pending publication : pending) {
      List<SchedulableInstance<?>> notices = new ArrayList<>();
      PublicationNotice.followers(publication.changes(), active)
          .forEach(
              (recipient, followed) -> {
                String key = PublicationNotice.key(publication.version(), recipient);
                NoticeJob job =
                    NoticeJob.of(
                        key, recipient, PublicationNotice.of(followed), publication.publishedAt());
                notices.add(
                    SchedulableInstance.of(
                        new TaskInstance<>(ReminderRunner.NOTICE, key, job), clock.instant()));
              });
      Set<String> settled =
          delivery.settled(notices.stream().map(SchedulableInstance::getId).toList());
      schedule(notices.stream().filter(n -> !settled.contains(n.getId())).toList());
      announcements.announced(publication.version());
    }
    return pending.size();
  }

  private void schedule(List<SchedulableInstance<?>> instances) {
    for (int from = 0; from < instances.size(); from += 500) {
      List<SchedulableInstance<?>> chunk =
          instances.subList(from, Math.min(instances.size(), from + 500));
      try {
        scheduler.scheduleBatch(chunk);
      } catch (RuntimeException e) {
        // Another instance planned some of them at the same moment: add the rest one by one.
        chunk.forEach(scheduler::scheduleIfNotExists);
      }
    }
    statistics.added(instances.size());
  }
}
