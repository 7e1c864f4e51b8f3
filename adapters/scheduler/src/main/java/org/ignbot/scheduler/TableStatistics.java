package org.ignbot.scheduler;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps PostgreSQL's statistics of db-scheduler's table current while the planner fills it, as
 * autovacuum's analyze would (after 500 rows and a tenth of the table), but at once: the daemon
 * looks at most once a minute, and may be off.
 *
 * <p>db-scheduler picks on whichever pooled connection is free, and a connection keeps the plan it
 * made for a statement it runs often. Made while the table was nearly empty, the pick's plan reads
 * and sorts the whole table, and would do so for every pick once the table is full (38 ms a pick at
 * 100,000 rows instead of half a millisecond). New statistics make every connection plan again.
 */
final class TableStatistics {
  private static final Logger log = LoggerFactory.getLogger(TableStatistics.class);
  private static final int BASE = 500;

  private final DataSource dataSource;
  private boolean enabled;
  private double rowsWhenAnalyzed;
  private long addedSince;

  TableStatistics(DataSource dataSource, boolean postgres) {
    this.dataSource = dataSource;
    this.enabled = postgres;
  }

  /** Counts {@code rows} added to the table, and analyzes it when enough have been. */
  synchronized void added(int rows) {
    if (!enabled) {
      return;
    }
    addedSince += rows;
    if (addedSince < BASE + rowsWhenAnalyzed / 10) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("analyze scheduled_tasks");
      try (ResultSet row =
          statement.executeQuery(
              "select reltuples from pg_class where oid = 'scheduled_tasks'::regclass")) {
        rowsWhenAnalyzed = row.next() ? Math.max(0, row.getDouble(1)) : 0;
      }
      addedSince = 0;
    } catch (SQLException e) {
      enabled = false;
      log.warn(
          "Cannot analyze scheduled_tasks ({}); reminders are still sent, but picks may slow down"
              + " as the table grows until autovacuum analyzes it. Grant the bot's database user"
              + " ownership of its tables.",
          e.getMessage());
    }
  }
}
