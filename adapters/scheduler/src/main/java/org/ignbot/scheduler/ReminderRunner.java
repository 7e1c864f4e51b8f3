package org.ignbot.scheduler;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.ignbot.core.DaemonThreads;
import org.ignbot.core.remind.AnnouncementLog;
import org.ignbot.core.remind.Delivery;
import org.ignbot.core.remind.Replanner;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.ScheduleListener;
import org.ignbot.core.schedule.ScheduleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans reminders and change notices into db-scheduler's table and hands each to the core's {@link
 * Delivery} as it falls due, on every instance that shares the database: db-scheduler gives each
 * due message to one instance, the delivery log keeps a settled message from going out again. The
 * {@link Delivery} is the application's, shared with the digests: its maker closes it.
 */
public final class ReminderRunner implements Replanner, ScheduleListener {
  static final String PLAN = "ign-plan";
  static final String REMIND = "ign-reminder";
  static final String NOTICE = "ign-notice";
  private static final Logger log = LoggerFactory.getLogger(ReminderRunner.class);

  private final Delivery delivery;
  private final TablePlanner plans;
  private final Scheduler scheduler;
  private final DueWakes wakes;
  private final ExecutorService replans;
  private final AtomicBoolean replanQueued = new AtomicBoolean();
  private final AtomicBoolean started = new AtomicBoolean();

  public ReminderRunner(
      DataSource dataSource,
      Clock clock,
      ScheduleRepository schedules,
      SubscriptionStore subscriptions,
      AnnouncementLog announcements,
      Delivery delivery,
      RunnerSettings settings) {
    this.delivery = delivery;
    Handlers handlers = new Handlers(clock);
    CustomTask<ReminderJob> reminderTask =
        Tasks.custom(REMIND, ReminderJob.class)
            .onFailure(handlers.<ReminderJob>retryWithBackoff())
            .onDeadExecution(handlers.<ReminderJob>revive())
            .execute(
                (instance, context) -> {
                  ReminderJob job = instance.getData();
                  return Handlers.then(
                      delivery.remind(
                          job.key(), job.recipient(), job.start(), Handlers.carrier(context)));
                });
    CustomTask<NoticeJob> noticeTask =
        Tasks.custom(NOTICE, NoticeJob.class)
            .onFailure(handlers.<NoticeJob>retryWithBackoff())
            .onDeadExecution(handlers.<NoticeJob>revive())
            .execute(
                (instance, context) -> {
                  NoticeJob job = instance.getData();
                  return Handlers.then(
                      delivery.notice(
                          job.key(),
                          job.recipient(),
                          job.reply(),
                          job.created(),
                          Handlers.carrier(context)));
                });
    RecurringTask<Void> planTask =
        Tasks.recurring(PLAN, Schedules.fixedDelay(settings.planInterval()))
            .onDeadExecution(handlers.<Void>revive())
            .execute((instance, context) -> planAll());
    ClockedSchedulerBuilder builder =
        new ClockedSchedulerBuilder(dataSource, List.of(reminderTask, noticeTask));
    boolean postgres = PlannedKeys.isPostgres(dataSource);
    if (postgres) {
      // One statement picks a batch (FOR UPDATE SKIP LOCKED) instead of one update per send.
      // At most one per thread: an instance holds only what it sends now, so little waits for a
      // take-over if it dies.
      builder.pollUsingLockAndFetch(0.5, 1.0);
    }
    this.scheduler =
        ((ClockedSchedulerBuilder)
                builder
                    .serializer(new JobSerializer())
                    .startTasks(planTask)
                    .threads(settings.threads())
                    .pollingInterval(settings.pollInterval())
                    .heartbeatInterval(settings.heartbeat())
                    .missedHeartbeatsLimit(RunnerSettings.MISSED_HEARTBEATS)
                    .schedulerName(new SchedulerName.Fixed(settings.name()))
                    .shutdownMaxWait(settings.sendTimeout())
                    .enableImmediateExecution())
            .clock(clock)
            .build();
    this.wakes = new DueWakes(clock, scheduler::triggerCheckForDueExecutions);
    this.plans =
        new TablePlanner(
            scheduler,
            dataSource,
            clock,
            schedules,
            subscriptions,
            announcements,
            delivery,
            settings.horizon(),
            wakes,
            new TableStatistics(dataSource, postgres));
    this.replans = Executors.newSingleThreadExecutor(DaemonThreads.named("ign-replan"));
  }

  public void start() {
    scheduler.start();
    started.set(true);
    replan();
  }

  /** Stops polling; sends still running after the send time-out are left to be revived. */
  public void stop() {
    started.set(false);
    wakes.close();
    scheduler.stop();
    replans.shutdownNow();
  }

  /**
   * Plans in the background, soon, when running; calls while one is queued are folded into it. A
   * stopped runner plans when it starts.
   */
  @Override
  public void replan() {
    if (started.get() && replanQueued.compareAndSet(false, true)) {
      try {
        replans.execute(
            () -> {
              replanQueued.set(false);
              try {
                planAll();
              } catch (RuntimeException e) {
                log.warn(
                    "Planning reminders or notices failed; it runs again within a minute: {}",
                    e.toString());
              }
            });
      } catch (RejectedExecutionException e) {
        replanQueued.set(false);
      }
    }
  }

  private void planAll() {
    plans.announcePending();
    plans.planNow();
  }

  /**
   * Puts every reminder due within the horizon (late ones included) into the table, unless it is
   * settled or already there.
   *
   * @return how many were added
   */
  public int planNow() {
    return plans.planNow();
  }

  /** Announces the publication now, rather than at the next planning round, and plans again. */
  @Override
  public void published(List<MeetingChange> changes) {
    replan();
  }

  /**
   * Plans the notices of every publication not yet announced, then marks it announced.
   *
   * @return how many publications were announced
   */
  public int announcePending() {
    return plans.announcePending();
  }
}
