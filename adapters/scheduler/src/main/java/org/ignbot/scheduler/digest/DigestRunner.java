package org.ignbot.scheduler.digest;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.ignbot.core.digest.Digest;
import org.ignbot.core.digest.DigestPeriod;
import org.ignbot.core.digest.DigestStore;
import org.ignbot.core.digest.DigestSubscription;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.Delivery;
import org.ignbot.core.remind.DeliveryLog;
import org.ignbot.core.remind.Subscriptions;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.time.VenueTime;
import org.ignbot.core.user.UserSettings;
import org.ignbot.scheduler.ClockedSchedulerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the digests as they fall due, on every instance that shares the database: a recurring
 * db-scheduler task ({@code digest-tick}, in its own table) runs {@link #tick()} on one instance at
 * a time, and each digest's key (period and recipient) is claimed in the {@code delivery} table
 * before it is sent, so that a digest goes out once even if two ticks ever overlap or an instance
 * restarts. Digests go through the application's {@link Delivery}, the reminders' one: its maker
 * closes it.
 */
public final class DigestRunner {
  static final String TICK = "digest-tick";
  static final String TABLE = "digest_tasks";
  private static final Logger activity = LoggerFactory.getLogger("org.ignbot.activity");

  private final Clock clock;
  private final ScheduleRepository schedules;
  private final DigestStore digests;
  private final UserSettings users;
  private final Delivery delivery;
  // When a digest whose send failed may be tried again (backoff, a long Retry-After): in this
  // instance; the Retry-After windows themselves are shared through the database.
  private final Map<String, Instant> notBefore = new ConcurrentHashMap<>();
  private final DigestSettings settings;
  private final DeliveryLog deliveries;
  private final Scheduler scheduler;

  /** One digest due now: to whom, for which period. */
  private record Due(DigestSubscription subscription, DigestPeriod period, String key) {}

  public DigestRunner(
      DataSource dataSource,
      DeliveryLog deliveries,
      Delivery delivery,
      Clock clock,
      ScheduleRepository schedules,
      DigestStore digests,
      UserSettings users,
      DigestSettings settings) {
    this.clock = clock;
    this.schedules = schedules;
    this.digests = digests;
    this.users = users;
    this.delivery = delivery;
    this.settings = settings;
    this.deliveries = deliveries;
    RecurringTask<Void> tick =
        Tasks.recurring(TICK, Schedules.fixedDelay(settings.tickInterval()))
            // A tick whose instance died runs again now on the bot's clock (db-scheduler's own
            // revive handler reads the system clock); the keys keep an overlap from sending twice.
            .onDeadExecution(
                (complete, operations) -> operations.reschedule(complete, clock.instant()))
            .execute((instance, context) -> tick());
    this.scheduler =
        ((ClockedSchedulerBuilder)
                new ClockedSchedulerBuilder(dataSource, List.of())
                    .startTasks(tick)
                    .tableName(TABLE)
                    .threads(1)
                    .pollingInterval(settings.pollInterval())
                    .heartbeatInterval(settings.heartbeat())
                    .schedulerName(new SchedulerName.Fixed(settings.name())))
            .clock(clock)
            .build();
  }

  public void start() {
    scheduler.start();
  }

  public void stop() {
    scheduler.stop();
  }

  /**
   * Sends every digest due at this moment and not yet settled: each subscription's latest period in
   * its zone, if it began after the subscription and at most {@link DigestSettings#sendWithin()}
   * ago. Safe on several instances at once.
   *
   * @return how many digests were sent
   */
  public int tick() {
    Instant now = clock.instant();
    List<Due> due = new ArrayList<>();
    for (DigestSubscription subscription : digests.all()) {
      if (subscription.pausedBecause().isPresent()) {
        continue;
      }
      DigestPeriod period = DigestPeriod.latest(subscription.frequency(), now, zone(subscription));
      Instant at = period.atInstant();
      if (!at.isBefore(subscription.since()) && now.isBefore(at.plus(settings.sendWithin()))) {
        due.add(new Due(subscription, period, period.key(subscription.recipient())));
      }
    }
    Set<String> settled = deliveries.settled(due.stream().map(Due::key).toList());
    int sent = 0;
    for (Due digest : due) {
      if (!settled.contains(digest.key()) && deliver(digest, now)) {
        sent++;
      }
    }
    return sent;
  }

  /** A channel's own zone; a person's zone as set with {@code tz}; else New York. */
  private ZoneId zone(DigestSubscription subscription) {
    return subscription
        .zone()
        .or(() -> Subscriptions.user(subscription.recipient()).flatMap(users::zone))
        .orElse(VenueTime.ZONE);
  }

  /**
   * Composes the digest and hands it to {@link Delivery}, which sends it as it sends reminders; a
   * digest with nothing to say is recorded as dropped. Whether it was sent.
   */
  private boolean deliver(Due digest, Instant now) {
    Recipient recipient = digest.subscription().recipient();
    Instant wait = notBefore.get(digest.key());
    if (wait != null && now.isBefore(wait)) {
      return false;
    }
    Optional<Reply> message = Digest.compose(digest.period(), schedules);
    if (message.isEmpty()) {
      deliveries.drop(digest.key(), recipient, "nothing to say", now);
      activity.info(
          "delivery platform={} key={} outcome=empty", recipient.platform(), digest.key());
      return false;
    }
    boolean[] sent = new boolean[1];
    Delivery.Next next =
        delivery.digest(
            digest.key(),
            recipient,
            message.get(),
            digest.period().atInstant().plus(settings.sendWithin()),
            () -> sent[0] = true,
            // As reminders are: nothing more goes to a recipient refused for good until asked.
            reason -> digests.save(digest.subscription().paused(reason)));
    next.at()
        .ifPresentOrElse(
            at -> notBefore.put(digest.key(), at), () -> notBefore.remove(digest.key()));
    return sent[0];
  }
}
