package org.ignbot.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.Delivery;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.time.VenueTime;
import org.ignbot.scheduler.ReminderRunner;
import org.ignbot.scheduler.RunnerSettings;
import org.ignbot.store.Announcements;
import org.ignbot.store.JdbcScheduleStore;
import org.ignbot.store.JdbcSubscriptionStore;
import org.ignbot.store.Schema;
import org.ignbot.store.remind.Deliveries;
import org.ignbot.store.remind.RetryAfterGates;

/**
 * Reminders at scale, on the real clock: N subscribers whose reminders fall due at the same
 * instant, against a messenger that answers at once (time to the last send, lateness) and against
 * one that allows 50 sends a second and answers others with a Retry-After (achieved rate, requests
 * inside a window).
 *
 * <p>{@code java -jar bench/target/reminder-bench.jar [postgres|h2] [subscribers]
 * [rate-limited-subscribers] [threads] [warm-up subscribers]}: the warm-up, when given, is a run of
 * its own in the same JVM first, so that the measured one starts with the send path compiled.
 */
public final class ReminderBench {
  private static final Clock CLOCK = Clock.systemUTC();
  private static int threads;

  private ReminderBench() {}

  public static void main(String[] args) throws Exception {
    String database = args.length > 0 ? args[0] : "postgres";
    int instant = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int limited = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
    threads =
        args.length > 3 ? Integer.parseInt(args[3]) : RunnerSettings.defaults("bench").threads();
    int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    System.out.printf(
        "database %s, %d cores%n", database, Runtime.getRuntime().availableProcessors());
    if (warmUp > 0) {
      // A bot that has run a while has its send path compiled; a fresh JVM compiles it mid-burst.
      System.out.printf("warm-up with %d reminders first (not measured):%n", warmUp);
      run(database, warmUp, new InstantMessenger());
    }
    if (instant > 0) {
      run(database, instant, new InstantMessenger());
    }
    if (limited > 0) {
      run(database, limited, new RateLimitedMessenger(50));
    }
  }

  private static void run(String database, int subscribers, Recorder messenger) throws Exception {
    try (Db db = Db.open(database)) {
      StatementCount count = new StatementCount(db.pool);
      DataSource counted = count.dataSource();
      JdbcSubscriptionStore store = new JdbcSubscriptionStore(counted, CLOCK);
      pollEmptyTable(counted, store);
      Instant since = CLOCK.instant();
      seed(db.pool, subscribers, since);
      // Every reminder falls due 30 s from now: the sitting starts 5 min 30 s from now.
      Instant due =
          CLOCK.instant().plusSeconds(30).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
      ZonedDateTime start = due.plus(Duration.ofMinutes(5)).atZone(VenueTime.ZONE);
      Meeting meeting = meeting("bench", start);
      // The schedule in the database, as the application keeps it: each send checks its version.
      JdbcScheduleStore schedules = new JdbcScheduleStore(counted, CLOCK, Duration.ofSeconds(2));
      schedules.seedIfEmpty(new Schedule(List.of(meeting)));
      RunnerSettings settings = RunnerSettings.defaults("bench").withThreads(threads);
      ReminderRunner runner = runner(counted, schedules, store, messenger, settings);
      runner.start();
      int planned = runner.planNow();
      Instant plannedAt = CLOCK.instant();
      while (CLOCK.instant().isBefore(due.minusMillis(200))) {
        LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
      }
      List<Integer> backends =
          db.applicationName == null
              ? List.of()
              : StatementCount.backends(db.pool, db.applicationName);
      count.reset();
      double jvmCpu = StatementCount.jvmCpuSeconds();
      Map<String, Double> threadsBefore = StatementCount.threadCpuSeconds();
      double pgCpu = StatementCount.cpuSeconds(backends);
      while (messenger.delivered() < subscribers
          && CLOCK.instant().isBefore(due.plus(Duration.ofMinutes(5)))) {
        LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
      }
      double jvmUsed = StatementCount.jvmCpuSeconds() - jvmCpu;
      Map<String, Double> threadsAfter = StatementCount.threadCpuSeconds();
      double pgUsed = StatementCount.cpuSeconds(backends) - pgCpu;
      runner.stop();
      messenger.report(subscribers, due, planned, Duration.between(since, plannedAt));
      int sent = messenger.delivered();
      System.out.printf(
          "CPU from the due time to the last send: bench JVM %.2f s, its %d PostgreSQL backends"
              + " %.2f s (%.2f s and %.2f s per 10,000 sent)%n",
          jvmUsed, backends.size(), pgUsed, jvmUsed * 10_000 / sent, pgUsed * 10_000 / sent);
      System.out.print(StatementCount.threadCpuReport(threadsBefore, threadsAfter, 0.05));
      System.out.print(count.report(sent));
    }
  }

  /**
   * A bot that has been running before the reminders are planned: its pooled connections have
   * polled the empty table, as a bot on the default one-second poll does in its first minute, and
   * keep what they planned for it.
   */
  private static void pollEmptyTable(DataSource pool, JdbcSubscriptionStore store) {
    JdbcScheduleStore empty = new JdbcScheduleStore(pool, CLOCK, Duration.ofSeconds(2));
    RunnerSettings quick =
        RunnerSettings.defaults("bench-idle").withPollInterval(Duration.ofMillis(20));
    ReminderRunner idle = runner(pool, empty, store, new InstantMessenger(), quick);
    idle.start();
    LockSupport.parkNanos(Duration.ofSeconds(2).toNanos());
    idle.stop();
  }

  /**
   * The subscribers, one subscription each (every meeting, 5 minutes before), written in one
   * transaction: what {@code JdbcSubscriptionStore.save} writes, without a commit per row, so that
   * 100,000 are set up in seconds. The measured time starts at the due time, after this.
   */
  private static void seed(DataSource pool, int subscribers, Instant since) throws SQLException {
    try (Connection c = pool.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into subscription (platform, workspace, recipient_kind, recipient_id,"
                    + " cluster, lead_minutes, since) values ('slack', 'T1', ?, ?, '', ?, ?)")) {
      c.setAutoCommit(false);
      for (int i = 0; i < subscribers; i++) {
        insert.setString(1, Recipient.Kind.DIRECT_MESSAGE.name());
        insert.setString(2, "U" + i);
        insert.setString(3, LeadTimes.toMinutes(List.of(Duration.ofMinutes(5))));
        insert.setObject(4, since.atOffset(ZoneOffset.UTC));
        insert.addBatch();
        if (i % 1000 == 999) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      c.commit();
    }
  }

  /** A runner as the application wires it, with its delivery on the store of {@code pool}. */
  static ReminderRunner runner(
      DataSource pool,
      ScheduleRepository schedules,
      JdbcSubscriptionStore store,
      Messenger messenger,
      RunnerSettings settings) {
    Delivery delivery =
        new Delivery(
            CLOCK,
            schedules,
            store,
            new InMemoryUserSettings(),
            List.of(messenger),
            new Deliveries(pool),
            new RetryAfterGates(pool),
            settings.rules());
    return new ReminderRunner(
        pool, CLOCK, schedules, store, new Announcements(pool), delivery, settings);
  }

  /** One meeting of one sitting of 30 minutes from {@code start}. */
  static Meeting meeting(String id, ZonedDateTime start) {
    return new Meeting(
        id,
        79,
        "Benchmark plenary",
        start.toLocalDate(),
        List.of(new Sitting(start, start.plusMinutes(30), false)),
        Optional.empty(),
        List.of(),
        Set.of(),
        List.of(),
        MeetingStatus.SCHEDULED,
        1,
        Optional.empty(),
        new Source(id, "Benchmark", Optional.empty(), List.of(), List.of()));
  }

  /** A database in a fresh schema. */
  private static final class Db implements AutoCloseable {
    final HikariDataSource pool;
    final Runnable drop;

    /** The PostgreSQL connections' application name, to find their backends; null on H2. */
    final String applicationName;

    private Db(HikariDataSource pool, Runnable drop, String applicationName) {
      this.pool = pool;
      this.drop = drop;
      this.applicationName = applicationName;
    }

    static Db open(String kind) throws Exception {
      HikariConfig config = new HikariConfig();
      // The application's pool (application.yml), whatever the threads: on PostgreSQL the senders
      // share their statements and need few connections.
      config.setMaximumPoolSize(30);
      Runnable drop = () -> {};
      String applicationName = null;
      if (kind.equals("h2")) {
        config.setJdbcUrl("jdbc:h2:mem:bench" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        config.setUsername("sa");
      } else {
        String schema = "bench_" + System.nanoTime();
        String url = "jdbc:postgresql://127.0.0.1:5432/test";
        sql(url, "create schema " + schema);
        config.setJdbcUrl(url + "?currentSchema=" + schema);
        config.setUsername("postgres");
        applicationName = schema;
        config.addDataSourceProperty("ApplicationName", applicationName);
        drop = () -> sql(url, "drop schema " + schema + " cascade");
      }
      HikariDataSource pool = new HikariDataSource(config);
      Schema.migrate(pool);
      return new Db(pool, drop, applicationName);
    }

    private static void sql(String url, String statement) {
      try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", "");
          Statement s = c.createStatement()) {
        s.execute(statement);
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(statement, e);
      }
    }

    @Override
    public void close() {
      pool.close();
      drop.run();
    }
  }

  /** A messenger that records when each message arrived. */
  private abstract static class Recorder implements Messenger {
    private final ConcurrentLinkedQueue<Instant> arrivals = new ConcurrentLinkedQueue<>();

    /** The count, kept apart: the queue counts by walking it, and it is asked every 50 ms. */
    private final AtomicInteger arrived = new AtomicInteger();

    @Override
    public String platform() {
      return "slack";
    }

    void arrived(Instant at) {
      arrivals.add(at);
      arrived.incrementAndGet();
    }

    int delivered() {
      return arrived.get();
    }

    List<Duration> lateness(Instant due) {
      List<Duration> late = new ArrayList<>();
      for (Instant at : arrivals) {
        late.add(Duration.between(due, at));
      }
      late.sort(null);
      return late;
    }

    abstract void report(int subscribers, Instant due, int planned, Duration setUp);
  }

  private static final class InstantMessenger extends Recorder {
    @Override
    public DeliveryResult send(Recipient recipient, Reply message) {
      arrived(CLOCK.instant());
      return new DeliveryResult.Delivered("ok");
    }

    @Override
    void report(int subscribers, Instant due, int planned, Duration setUp) {
      List<Duration> late = lateness(due);
      System.out.printf(
          "instant messenger: %d subscribers, %d planned, %d delivered; first sent %.2f s and"
              + " last sent %.2f s after the due time; lateness p50 %.2f s, p99 %.2f s; early:"
              + " %d%n",
          subscribers,
          planned,
          late.size(),
          seconds(late.get(0)),
          seconds(late.get(late.size() - 1)),
          seconds(late.get(late.size() / 2)),
          seconds(late.get((int) Math.floor(late.size() * 0.99) - 1)),
          late.stream().filter(Duration::isNegative).count());
      System.out.println("sends a second, by 5 s from the due time: " + ratePer5Seconds(late));
    }
  }

  /** How many a second went out in each 5 s from the due time: a falling rate shows here. */
  private static String ratePer5Seconds(List<Duration> late) {
    int windows = (int) (late.get(late.size() - 1).toSeconds() / 5) + 1;
    int[] sent = new int[windows];
    for (Duration at : late) {
      sent[(int) Math.max(0, at.toSeconds() / 5)]++;
    }
    StringBuilder rates = new StringBuilder();
    for (int count : sent) {
      rates.append(rates.length() == 0 ? "" : ", ").append(count / 5);
    }
    return rates.toString();
  }

  /** 50 a second (a bucket of 50 refilled evenly); beyond, HTTP 429 with Retry-After: 1 s. */
  private static final class RateLimitedMessenger extends Recorder {
    private final int perSecond;
    private double tokens;
    private Instant refilled = CLOCK.instant();
    private final AtomicReference<Instant[]> window = new AtomicReference<>();
    final AtomicInteger insideWindow = new AtomicInteger();
    final AtomicInteger limited = new AtomicInteger();

    RateLimitedMessenger(int perSecond) {
      this.perSecond = perSecond;
      this.tokens = perSecond;
    }

    @Override
    public DeliveryResult send(Recipient recipient, Reply message) {
      // A request counts from when it was made, before it queues for the bucket.
      Instant made = CLOCK.instant();
      Instant[] closed = window.get();
      // Made within 5 ms of a 429 it was in flight with it; made later, it breaches the window.
      if (closed != null && made.isAfter(closed[0].plusMillis(5)) && made.isBefore(closed[1])) {
        insideWindow.incrementAndGet();
      }
      return take();
    }

    private synchronized DeliveryResult take() {
      Instant now = CLOCK.instant();
      tokens =
          Math.min(perSecond, tokens + Duration.between(refilled, now).toNanos() / 1e9 * perSecond);
      refilled = now;
      if (tokens < 1) {
        limited.incrementAndGet();
        window.set(new Instant[] {now, now.plusSeconds(1)});
        return new DeliveryResult.RetryLater(Duration.ofSeconds(1), "HTTP 429");
      }
      tokens -= 1;
      arrived(now);
      return new DeliveryResult.Delivered("ok");
    }

    @Override
    void report(int subscribers, Instant due, int planned, Duration setUp) {
      List<Duration> late = lateness(due);
      Duration span = late.get(late.size() - 1).minus(late.get(0));
      double rate = (late.size() - perSecond) / (span.toNanos() / 1e9);
      System.out.printf(
          "rate-limited messenger (%d/s): %d subscribers, %d delivered in %.1f s; achieved %.1f/s"
              + " after the first burst (%.0f%% of allowed); 429 answers %d; requests inside a"
              + " Retry-After window: %d%n",
          perSecond,
          subscribers,
          late.size(),
          seconds(span),
          rate,
          100 * rate / perSecond,
          limited.get(),
          insideWindow.get());
    }
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }
}
