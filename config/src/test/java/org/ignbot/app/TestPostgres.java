package org.ignbot.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh schemas on the local PostgreSQL (127.0.0.1:5432, user postgres, database test) for tests
 * that start whole applications on it; a test is skipped when it is not running, unless CI says so
 * ({@code IGN_TEST_POSTGRES_REQUIRED=true}).
 */
public final class TestPostgres {
  public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private TestPostgres() {}

  /** A new, empty schema. */
  public static String schema() {
    try (Connection ignored = DriverManager.getConnection(URL, "postgres", "")) {
      // reachable
    } catch (SQLException e) {
      String message = "PostgreSQL is not reachable at 127.0.0.1:5432: " + e.getMessage();
      if ("true".equalsIgnoreCase(System.getenv("IGN_TEST_POSTGRES_REQUIRED"))) {
        Assertions.fail(message);
      }
      Assumptions.abort(message);
    }
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    execute("create schema " + schema);
    return schema;
  }

  public static void drop(String schema) {
    execute("drop schema " + schema + " cascade");
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
