package org.ignbot.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.ignbot.core.DaemonThreads;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedule held in memory with the version it was loaded at, so that {@link #current()} costs
 * no query most of the time. At most once per {@code refreshInterval} the version in the database
 * is compared with the one held (one primary-key read), in the background, and the schedule loaded
 * again when another instance has published.
 */
final class ScheduleSnapshots {
  private static final Logger log = LoggerFactory.getLogger(ScheduleSnapshots.class);

  /** The schedule as one version of the database holds it. */
  record Snapshot(Schedule schedule, long version) {}

  /** Where snapshots come from; each call fails with {@link StoreUnavailableException}. */
  interface Source {
    long version();

    Snapshot load();
  }

  private final Source source;
  private final Clock clock;
  private final Duration refreshInterval;
  private final Object refreshing = new Object();
  private volatile Snapshot snapshot;

  /**
   * One check of the version (and one load after a publication) for every caller of {@link
   * #committed()} waiting at once: a reminder asks right before each send. A caller shares only a
   * check that started after it asked, so it sees every publication made before it asked.
   */
  private final Combiner<Boolean, Schedule> committed;

  private volatile Instant checked;
  private final ThreadPoolExecutor refresher =
      new ThreadPoolExecutor(
          0,
          1,
          30,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          DaemonThreads.named("schedule-refresh"),
          new ThreadPoolExecutor.DiscardPolicy());

  /** Loads the schedule now. */
  ScheduleSnapshots(Source source, Clock clock, Duration refreshInterval) {
    this.source = source;
    this.clock = Objects.requireNonNull(clock);
    if (refreshInterval.isNegative()) {
      throw new IllegalArgumentException("a refresh interval is not negative: " + refreshInterval);
    }
    this.refreshInterval = refreshInterval;
    this.snapshot = source.load();
    this.checked = clock.instant();
    this.committed =
        new Combiner<>(
            asked -> Collections.nCopies(asked.size(), readCommitted()), Combiner.MAX_BATCH);
  }

  /** The snapshot held, as it is. */
  Snapshot held() {
    return snapshot;
  }

  /**
   * The schedule held. Once the refresh interval has passed, the version is checked in the
   * background, so that no question waits on the database (a database that is down makes a
   * connection wait for its pool's timeout); with an interval of zero, on every call, before
   * answering.
   */
  Schedule current() {
    Snapshot held = snapshot;
    if (clock.instant().isBefore(checked.plus(refreshInterval))) {
      return held.schedule();
    }
    if (refreshInterval.isZero()) {
      refresh();
      return snapshot.schedule();
    }
    // At most one check at a time: while one runs, further calls are not queued.
    refresher.execute(this::refresh);
    return held.schedule();
  }

  /**
   * Checks the version in the database before answering (one primary-key read), and loads the
   * schedule when another instance has published; fails with {@link StoreUnavailableException} when
   * the database cannot answer, rather than answer from a snapshot that may be stale.
   */
  Schedule committed() {
    return committed.call(Boolean.TRUE);
  }

  private Schedule readCommitted() {
    long version = source.version();
    if (version != snapshot.version()) {
      replace(source.load());
    }
    return snapshot.schedule();
  }

  private void refresh() {
    synchronized (refreshing) {
      Instant now = clock.instant();
      if (!refreshInterval.isZero() && now.isBefore(checked.plus(refreshInterval))) {
        return;
      }
      try {
        long version = source.version();
        if (version != snapshot.version()) {
          replace(source.load());
        }
      } catch (StoreUnavailableException e) {
        // Answers go on from the schedule held; the next check tries again.
        log.warn(
            "Cannot check the schedule's version; answering from the one held: {}",
            e.getCause().toString());
      }
      checked = now;
    }
  }

  /** Keeps the newer of two snapshots: a slow reload never undoes a publication seen since. */
  void replace(Snapshot loaded) {
    synchronized (refreshing) {
      if (loaded.version() > snapshot.version()) {
        snapshot = loaded;
      }
      checked = clock.instant();
    }
  }

  /** Loads the schedule again (after a publication lost to another instance's). */
  void reload() {
    replace(source.load());
  }
}
