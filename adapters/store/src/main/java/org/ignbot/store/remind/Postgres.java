package org.ignbot.store.remind;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Whether a database is PostgreSQL, for the statements only it has (H2 is the other). The scheduler
 * adapter has its own check ({@code PlannedKeys}): it does not depend on the store.
 */
final class Postgres {
  private Postgres() {}

  /** Whether {@code dataSource} is PostgreSQL; false when it cannot be asked. */
  static boolean is(DataSource dataSource) {
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
