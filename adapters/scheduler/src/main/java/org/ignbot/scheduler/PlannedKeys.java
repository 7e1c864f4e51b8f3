package org.ignbot.scheduler;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The keys of one task already in db-scheduler's table ({@code scheduled_tasks}, which this adapter
 * owns): read in one query, where db-scheduler's own listing would deserialize every row.
 */
final class PlannedKeys {
  private final DataSource dataSource;
  private final String task;

  PlannedKeys(DataSource dataSource, String task) {
    this.dataSource = dataSource;
    this.task = task;
  }

  Set<String> keys() {
    Set<String> keys = new HashSet<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select task_instance from scheduled_tasks where task_name = ?")) {
      select.setString(1, task);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          keys.add(rows.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the planned reminders: " + e.getMessage(), e);
    }
    return keys;
  }

  static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection
          .getMetaData()
          .getDatabaseProductName()
          .toLowerCase(Locale.ROOT)
          .contains("postgres");
    } catch (SQLException e) {
      return false;
    }
  }
}
