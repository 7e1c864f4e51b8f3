package org.ignbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database for one test class: an in-memory H2 database, or a new schema on the PostgreSQL
 * at 127.0.0.1:5432 (user postgres, database test). With PostgreSQL unreachable the test is
 * skipped, unless {@code IGN_TEST_POSTGRES_REQUIRED=true} (CI), when it fails.
 */
public final class TestDatabase implements AutoCloseable {
  public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private final HikariDataSource dataSource;
  private final String url;
  private final Runnable dropper;

  private TestDatabase(String url, Runnable dropper) {
    this.url = url;
    this.dataSource = pool(url);
    this.dropper = dropper;
    Schema.migrate(dataSource);
  }

  public static TestDatabase h2() {
    return new TestDatabase(
        "jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1",
        () -> {});
  }

  public static TestDatabase postgres() {
    requirePostgres();
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    execute("create schema " + schema);
    return new TestDatabase(
        POSTGRES_URL + "?currentSchema=" + schema,
        () -> execute("drop schema " + schema + " cascade"));
  }

  public HikariDataSource dataSource() {
    return dataSource;
  }

  /** Another pool on the same database: a second application instance. */
  public HikariDataSource newPool() {
    return pool(url);
  }

  /**
   * How many times the statements run so far in the connection's open transaction read one of
   * {@code tables} whole (PostgreSQL's {@code pg_stat_xact_user_tables}).
   */
  public static long wholeTableReads(Connection connection, String... tables) throws SQLException {
    try (java.sql.PreparedStatement statement =
        connection.prepareStatement(
            "select coalesce(sum(seq_scan), 0) from pg_stat_xact_user_tables"
                + " where schemaname = current_schema() and relname = any(?)")) {
      statement.setArray(1, connection.createArrayOf("varchar", tables));
      try (java.sql.ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  @Override
  public void close() {
    dataSource.close();
    dropper.run();
  }

  private static HikariDataSource pool(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(url.startsWith("jdbc:postgresql") ? "postgres" : "sa");
    config.setMaximumPoolSize(12);
    config.setConnectionTimeout(5000);
    return new HikariDataSource(config);
  }

  private static void requirePostgres() {
    boolean required = "true".equalsIgnoreCase(System.getenv("IGN_TEST_POSTGRES_REQUIRED"));
    try (Connection ignored = DriverManager.getConnection(POSTGRES_URL, "postgres", "")) {
      // reachable
    } catch (SQLException e) {
      String message =
          "PostgreSQL is not reachable at 127.0.0.1:5432 (user postgres, database test): "
              + e.getMessage()
              + " — start it (see .ci/run) to run the PostgreSQL tests.";
      if (required) {
        Assertions.fail(message + " IGN_TEST_POSTGRES_REQUIRED=true, so this fails.");
      }
      Assumptions.abort(message);
    }
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
