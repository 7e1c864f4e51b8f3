package org.ignbot.store;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.ignbot.core.DaemonThreads;
import org.ignbot.core.store.StoreUnavailableException;
import org.ignbot.core.user.UserKey;
import org.ignbot.core.user.UserSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Users' settings in the {@code ign_user} table. Reading a zone never fails an answer: with the
 * database down, times are shown in New York time.
 */
public final class JdbcUserSettings implements UserSettings {
  private static final Logger log = LoggerFactory.getLogger(JdbcUserSettings.class);

  /** How long an answer waits for the user's zone before it goes out in New York time. */
  static final Duration ZONE_READ_LIMIT = Duration.ofMillis(500);

  private final JdbcClient jdbc;
  private final Clock clock;

  /** A few readers at most: with the database hanging, each waits for the pool's time-out. */
  private final ThreadPoolExecutor zoneReads =
      new ThreadPoolExecutor(
          0, 8, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), DaemonThreads.named("zone-read"));

  public JdbcUserSettings(DataSource dataSource, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.clock = clock;
  }

  /**
   * The user's zone, read within {@link #ZONE_READ_LIMIT}: past it (a database that does not
   * answer) or on any failure, empty, and the answer goes out in New York time.
   */
  @Override
  public Optional<ZoneId> zone(UserKey user) {
    Future<Optional<String>> read;
    try {
      read = zoneReads.submit(() -> Jdbc.read(() -> storedZone(user)));
    } catch (RejectedExecutionException busy) {
      // Every reader is already waiting on the database: do not queue behind them.
      log.warn("Cannot read a user's time zone (the database is slow); answering in New York time");
      return Optional.empty();
    }
    try {
      return read.get(ZONE_READ_LIMIT.toMillis(), TimeUnit.MILLISECONDS)
          .flatMap(JdbcUserSettings::zoneOf);
    } catch (TimeoutException e) {
      read.cancel(true);
      log.warn(
          "Cannot read a user's time zone within {} ms; answering in New York time",
          ZONE_READ_LIMIT.toMillis());
      return Optional.empty();
    } catch (ExecutionException e) {
      log.warn(
          "Cannot read a user's time zone; answering in New York time: {}",
          (e.getCause() instanceof StoreUnavailableException down ? down.getCause() : e.getCause())
              .toString());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private Optional<String> storedZone(UserKey user) {
    return jdbc.sql(
            "select time_zone from ign_user where platform = ? and workspace = ? and user_id = ?")
        .params(user.platform(), user.workspace(), user.userId())
        .query(String.class)
        .optional();
  }

  @Override
  public void setZone(UserKey user, ZoneId zone) {
    Jdbc.write(
        () -> {
          var now = Jdbc.timestamp(clock.instant());
          int updated =
              jdbc.sql(
                      "update ign_user set time_zone = ?, updated_at = ? where platform = ? and"
                          + " workspace = ? and user_id = ?")
                  .params(zone.getId(), now, user.platform(), user.workspace(), user.userId())
                  .update();
          if (updated == 0) {
            jdbc.sql(
                    "insert into ign_user (platform, workspace, user_id, time_zone, created_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?)")
                .params(user.platform(), user.workspace(), user.userId(), zone.getId(), now, now)
                .update();
          }
          return null;
        });
  }

  @Override
  public void forget(UserKey user) {
    Jdbc.write(
        () ->
            jdbc.sql("delete from ign_user where platform = ? and workspace = ? and user_id = ?")
                .params(user.platform(), user.workspace(), user.userId())
                .update());
  }

  private static Optional<ZoneId> zoneOf(String id) {
    try {
      return Optional.ofNullable(id).map(ZoneId::of);
    } catch (DateTimeException e) {
      // A zone this Java no longer knows (renamed in the tz database): fall back to New York.
      return Optional.empty();
    }
  }
}
