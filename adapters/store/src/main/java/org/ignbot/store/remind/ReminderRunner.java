package org.ignbot.store.remind;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ignbot.core.command.UserSettings;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.observe.BotObserver;
import org.ignbot.core.remind.PublicationNotice;
import org.ignbot.core.remind.Reminder;
import org.ignbot.core.remind.ReminderMessage;
import org.ignbot.core.remind.ReminderPlanner;
import org.ignbot.core.remind.Replanner;
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.remind.Subscriptions;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.ScheduleListener;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.store.Announcements;
import org.ignbot.store.remind.Deliveries.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plans reminders into db-scheduler's table and sends them as they fall due, on every instance that
 * shares the database: db-scheduler hands each due message to one instance, the delivery key keeps
 * a settled message from going out again.
 */
public final class ReminderRunner implements Replanner, ScheduleListener {
  static final String PLAN = "ign-plan";
  static final String REMIND = "ign-reminder";
  static final String NOTICE = "ign-notice";
  private static final Logger log = LoggerFactory.getLogger(ReminderRunner.class);

  /** One line per delivery attempt; quiet unless turned on (the production profile does). */
  private static final Logger activity = LoggerFactory.getLogger("org.ignbot.activity");

  private final Clock clock;
  private final ScheduleRepository schedules;
  private final SubscriptionStore subscriptions;
  private final UserSettings users;
  private final Map<String, Messenger> messengers;
  private final RunnerSettings settings;
  private final ReminderPlanner planner = new ReminderPlanner();
  private final Deliveries deliveries;
  private final Announcements announcements;
  private final JdbcClient jdbc;
  private final RetryAfterGates gates;
  private final CustomTask<ReminderJob> reminderTask;
  private final CustomTask<NoticeJob> noticeTask;
  private final Scheduler scheduler;
  private final ExecutorService sends;
  private final ExecutorService replans;
  private final AtomicBoolean replanQueued = new AtomicBoolean();
  private final AtomicBoolean started = new AtomicBoolean();
  private volatile BotObserver observer = BotObserver.NONE;

  /** Tells {@code observer} of every delivery attempt from now on (metrics, set at start-up). */
  public void observedBy(BotObserver observer) {
    this.observer = java.util.Objects.requireNonNull(observer);
  }

  public ReminderRunner(
      DataSource dataSource,
      Clock clock,
      ScheduleRepository schedules,
      SubscriptionStore subscriptions,
      UserSettings users,
      List<Messenger> messengers,
      RunnerSettings settings) {
    this.clock = clock;
    this.schedules = schedules;
    this.subscriptions = subscriptions;
    this.users = users;
    this.messengers =
        messengers.stream().collect(Collectors.toUnmodifiableMap(Messenger::platform, m -> m));
    this.settings = settings;
    this.deliveries = new Deliveries(dataSource);
    this.announcements = new Announcements(dataSource);
    this.gates = new RetryAfterGates(dataSource);
    this.jdbc = JdbcClient.create(dataSource);
    this.reminderTask =
        Tasks.custom(REMIND, ReminderJob.class)
            .onFailure(this.<ReminderJob>retryWithBackoff())
            .onDeadExecution(this.<ReminderJob>revive())
            .execute((instance, context) -> remind(instance.getData()));
    this.noticeTask =
        Tasks.custom(NOTICE, NoticeJob.class)
            .onFailure(this.<NoticeJob>retryWithBackoff())
            .onDeadExecution(this.<NoticeJob>revive())
            .execute((instance, context) -> notice(instance.getData()));
    RecurringTask<Void> planTask =
        Tasks.recurring(PLAN, Schedules.fixedDelay(settings.planInterval()))
            .onDeadExecution(this.<Void>revive())
            .execute(
                (instance, context) -> {
                  announcePending();
                  planNow();
                });
    ClockedSchedulerBuilder builder =
        new ClockedSchedulerBuilder(dataSource, List.of(reminderTask, noticeTask));
    if (isPostgres(dataSource)) {
      // One statement picks a batch (FOR UPDATE SKIP LOCKED) instead of one update per send.
      // At most one per thread: an instance holds only what it sends now, so little waits for a
      // take-over if it dies.
      builder.pollUsingLockAndFetch(0.5, 1.0);
    }
    this.scheduler =
        ((ClockedSchedulerBuilder)
                builder
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
    this.sends = Executors.newCachedThreadPool(daemon("ign-send"));
    this.replans = Executors.newSingleThreadExecutor(daemon("ign-replan"));
  }

  public void start() {
    scheduler.start();
    started.set(true);
    replan();
  }

  /** Stops polling; sends still running after the send time-out are left to be revived. */
  public void stop() {
    started.set(false);
    scheduler.stop();
    replans.shutdownNow();
    sends.shutdownNow();
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
                announcePending();
                planNow();
              } catch (RuntimeException e) {
                log.warn(
                    "Planning reminders or notices failed; it runs again within a minute: {}",
                    e.toString());
              }
            });
      } catch (java.util.concurrent.RejectedExecutionException e) {
        replanQueued.set(false);
      }
    }
  }

  /**
   * Puts every reminder due within the horizon (late ones included) into the table, unless it is
   * settled or already there. Safe to run on several instances at once.
   *
   * @return how many were added
   */
  public int planNow() {
    Instant now = clock.instant();
    List<Reminder> reminders =
        planner.plan(
            schedules.current(), subscriptions.active(), now, now.plus(settings.horizon()));
    if (reminders.isEmpty()) {
      return 0;
    }
    Set<String> skip =
        new HashSet<>(deliveries.settled(reminders.stream().map(Reminder::key).toList()));
    skip.addAll(
        jdbc.sql("select task_instance from scheduled_tasks where task_name = ?")
            .param(REMIND)
            .query(String.class)
            .list());
    List<SchedulableInstance<?>> fresh = new ArrayList<>();
    for (Reminder reminder : reminders) {
      if (!skip.contains(reminder.key())) {
        Instant at = reminder.dueAt().isBefore(now) ? now : reminder.dueAt();
        fresh.add(
            SchedulableInstance.of(
                new TaskInstance<>(REMIND, reminder.key(), ReminderJob.of(reminder)), at));
      }
    }
    schedule(fresh);
    return fresh.size();
  }

  /**
   * Announces the publication now, rather than at the next planning round, and plans reminders
   * again. The notices come from what the publication committed ({@link Announcements}), so a
   * listener that is never told (a crash right after the commit) loses nothing.
   */
  @Override
  public void published(List<MeetingChange> changes) {
    replan();
  }

  /**
   * Plans the notices of every publication not yet announced, then marks it announced: one notice
   * per publication and follower, listing what is new, changed and cancelled among the meetings
   * they follow. Safe on several instances at once (each notice has its key).
   *
   * @return how many publications were announced
   */
  public int announcePending() {
    List<Announcements.Pending> pending = announcements.pending();
    if (pending.isEmpty()) {
      return 0;
    }
    List<Subscription> active = subscriptions.active();
    for (Announcements.Pending publication : pending) {
      List<SchedulableInstance<?>> notices = new ArrayList<>();
      PublicationNotice.followers(publication.changes(), active)
          .forEach(
              (recipient, followed) -> {
                String key = PublicationNotice.key(publication.version(), recipient);
                NoticeJob job =
                    NoticeJob.of(
                        key, recipient, PublicationNotice.of(followed), publication.publishedAt());
                notices.add(
                    SchedulableInstance.of(new TaskInstance<>(NOTICE, key, job), clock.instant()));
              });
      Set<String> settled =
          deliveries.settled(notices.stream().map(SchedulableInstance::getId).toList());
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
  }

  private CompletionHandler<ReminderJob> remind(ReminderJob job) {
    Instant now = clock.instant();
    // A settled key is caught by the claim in send(); no need to read it first.
    if (!now.isBefore(job.start())) {
      deliveries.drop(job.key(), job.recipient(), "the sitting had started", now);
      observed(job.recipient(), job.key(), "failed", Duration.ZERO);
      return done();
    }
    // The committed schedule, not a snapshot: a sitting moved a moment ago is not reminded of.
    Optional<Reminder> reminder =
        planner.find(
            job.key(), job.start(), schedules.committed(), subscriptions.of(job.recipient()), now);
    if (reminder.isEmpty()) {
      // Moved, cancelled, unsubscribed or paused since it was planned: nothing to send.
      return done();
    }
    return send(
        job.key(),
        job.recipient(),
        at -> ReminderMessage.of(reminder.get(), at),
        at -> reminder.get().isLateAt(at),
        job.start());
  }

  private CompletionHandler<NoticeJob> notice(NoticeJob job) {
    Instant now = clock.instant();
    if (deliveries.status(job.key()).map(Status::settled).orElse(false)) {
      return done();
    }
    Instant deadline = job.created().plus(settings.noticeMaxAge());
    if (!now.isBefore(deadline)) {
      deliveries.drop(job.key(), job.recipient(), "too old to send", now);
      observed(job.recipient(), job.key(), "failed", Duration.ZERO);
      return done();
    }
    return send(job.key(), job.recipient(), at -> job.reply(), at -> false, deadline);
  }

  /** Claims the key, sends, records; waits out short Retry-After windows in place. */
  private <T> CompletionHandler<T> send(
      String key,
      Recipient recipient,
      Function<Instant, Reply> message,
      Function<Instant, Boolean> late,
      Instant deadline) {
    Messenger messenger = messengers.get(recipient.platform());
    Instant now = clock.instant();
    if (messenger == null) {
      log.warn("No messenger for {}; message {} waits", recipient.platform(), key);
      return at(now.plus(Backoff.MAX));
    }
    Optional<Instant> closed = gates.closedAt(RetryAfterGates.scope(recipient), now);
    if (closed.isPresent() && !waitIfShort(closed.get())) {
      return at(closed.get());
    }
    now = clock.instant();
    Deliveries.Claim claim =
        deliveries.claim(key, recipient, now, now.minus(settings.staleAfter()));
    if (!claim.granted()) {
      return claim.status().settled() ? done() : at(claim.updatedAt().plus(settings.staleAfter()));
    }
    if (claim.mayHaveArrived()) {
      // The last attempt timed out or failed without a clear answer: it may have arrived.
      Optional<DeliveryResult.Delivered> arrived = findInTime(messenger, recipient, key);
      if (arrived.isPresent()) {
        Instant found = clock.instant();
        deliveries.settle(key, Status.SENT, false, arrived.get().messageId(), found);
        observed(recipient, key, "sent", Duration.ZERO);
        log.info("{} had {} already; not sent again", recipient.platform(), key);
        return done();
      }
    }
    Optional<java.time.ZoneId> zone = Subscriptions.user(recipient).flatMap(users::zone);
    while (true) {
      now = clock.instant();
      if (!now.isBefore(deadline)) {
        deliveries.settle(key, Status.DROPPED, false, "too late to send", now);
        observed(recipient, key, "failed", Duration.ZERO);
        return done();
      }
      DeliveryResult result =
          sendInTime(messenger, recipient, message.apply(now).inZone(zone), key);
      Instant after = clock.instant();
      Duration took = Duration.between(now, after);
      if (result instanceof DeliveryResult.Delivered delivered) {
        boolean wasLate = late.apply(now);
        deliveries.settle(key, Status.SENT, wasLate, delivered.messageId(), after);
        observed(recipient, key, wasLate ? "late" : "sent", took);
        return done();
      }
      if (result instanceof DeliveryResult.Refused refused) {
        deliveries.settle(key, Status.REFUSED, false, refused.reason(), after);
        observed(recipient, key, "failed", took);
        subscriptions.pause(recipient, refused.reason());
        log.info(
            "{} refused a recipient for good; its subscriptions are paused", recipient.platform());
        return done();
      }
      DeliveryResult.RetryLater retry = (DeliveryResult.RetryLater) result;
      observed(recipient, key, "retried", took);
      if (retry.retryAfter().isZero() || retry.retryAfter().isNegative()) {
        deliveries.retry(key, retry.reason(), after);
        return at(after.plus(Backoff.after(claim.attempt())));
      }
      Instant open = after.plus(retry.retryAfter());
      if (!waitIfShort(open)) {
        deliveries.retry(key, Deliveries.RATE_LIMITED + retry.reason(), after);
        return at(open);
      }
    }
  }

  /** The delivery's one log line (platform, key, outcome, time; never the message) and count. */
  private void observed(Recipient recipient, String key, String outcome, Duration took) {
    activity.info(
        "delivery platform={} key={} outcome={} took={}ms",
        recipient.platform(),
        key,
        outcome,
        took.toMillis());
    observer.delivered(recipient.platform(), outcome, took);
  }

  private static boolean isPostgres(DataSource dataSource) {
    try (java.sql.Connection connection = dataSource.getConnection()) {
      return connection
          .getMetaData()
          .getDatabaseProductName()
          .toLowerCase(java.util.Locale.ROOT)
          .contains("postgres");
    } catch (java.sql.SQLException e) {
      return false;
    }
  }

  /** Waits until {@code open} on the bot's clock when that is close; whether it waited. */
  private boolean waitIfShort(Instant open) {
    Duration wait = Duration.between(clock.instant(), open);
    if (wait.compareTo(settings.maxRetryAfterWait()) > 0) {
      return false;
    }
    while (clock.instant().isBefore(open)) {
      long nanos = Duration.between(clock.instant(), open).toNanos();
      LockSupport.parkNanos(Math.max(1, Math.min(nanos, TimeUnit.MILLISECONDS.toNanos(20))));
      if (Thread.currentThread().isInterrupted()) {
        throw new IllegalStateException("stopped while waiting for a Retry-After window");
      }
    }
    return true;
  }

  /**
   * Checks the platform's Retry-After window right before the request and closes it right after a
   * rate-limit answer, so that no request of this instance starts inside a window it knows of.
   */
  private DeliveryResult sendOutsideWindows(
      Messenger messenger, Recipient recipient, Reply reply, String key) {
    Instant now = clock.instant();
    Optional<Instant> closed = gates.closedAt(RetryAfterGates.scope(recipient), now);
    if (closed.isPresent()) {
      return new DeliveryResult.RetryLater(
          Duration.between(now, closed.get()), "held back by a Retry-After window");
    }
    DeliveryResult result = messenger.send(recipient, reply, key);
    if (result instanceof DeliveryResult.RetryLater retry
        && !retry.retryAfter().isZero()
        && !retry.retryAfter().isNegative()) {
      gates.close(RetryAfterGates.scope(recipient), clock.instant().plus(retry.retryAfter()));
    }
    return result;
  }

  /** Whether the platform shows the message as arrived; unknown (empty) past the time-out. */
  private Optional<DeliveryResult.Delivered> findInTime(
      Messenger messenger, Recipient recipient, String key) {
    Future<Optional<DeliveryResult.Delivered>> asked =
        sends.submit(() -> messenger.find(recipient, key));
    try {
      return asked.get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      asked.cancel(true);
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("stopped while checking a send", e);
    }
  }

  private DeliveryResult sendInTime(
      Messenger messenger, Recipient recipient, Reply reply, String key) {
    Future<DeliveryResult> sent =
        sends.submit(() -> sendOutsideWindows(messenger, recipient, reply, key));
    try {
      return sent.get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      sent.cancel(true);
      return new DeliveryResult.RetryLater(
          Duration.ZERO, "no answer within " + settings.sendTimeout().toSeconds() + " s");
    } catch (ExecutionException e) {
      return new DeliveryResult.RetryLater(Duration.ZERO, String.valueOf(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("stopped while sending", e);
    }
  }

  private <T> FailureHandler<T> retryWithBackoff() {
    return (ExecutionComplete complete, ExecutionOperations<T> operations) -> {
      int failures = complete.getExecution().consecutiveFailures + 1;
      log.warn(
          "Sending {} failed ({} in a row), retrying: {}",
          complete.getExecution().taskInstance.getId(),
          failures,
          complete.getCause().map(Throwable::toString).orElse("?"));
      operations.reschedule(complete, clock.instant().plus(Backoff.after(failures)));
    };
  }

  /**
   * A send whose instance died is run again now, on the bot's clock (db-scheduler's own revive
   * handler reads the system clock).
   */
  private <T> DeadExecutionHandler<T> revive() {
    return (complete, operations) -> {
      log.info("Taking over {} from a dead instance", complete.getExecution().taskInstance.getId());
      operations.reschedule(complete, clock.instant());
    };
  }

  private static <T> CompletionHandler<T> done() {
    return (complete, operations) -> operations.remove();
  }

  private static <T> CompletionHandler<T> at(Instant next) {
    return (complete, operations) -> operations.reschedule(complete, next);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
