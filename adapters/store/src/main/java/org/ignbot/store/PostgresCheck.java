package org.ignbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Whether a data source is PostgreSQL, where the stores use statements H2 lacks (data-changing
 * {@code with} clauses, {@code unnest} of arrays). Asked once; while the database cannot answer it
 * counts as not PostgreSQL and is asked again next time.
 */
public final class PostgresCheck {
  private final DataSource dataSource;
  private volatile Boolean postgres;

  public PostgresCheck(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public boolean postgres() {
    Boolean known = postgres;
    if (known == null) {
      try (Connection connection = dataSource.getConnection()) {
        known = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
      } catch (SQLException e) {
        return false;
      }
      postgres = known;
    }
    return known;
  }
}
