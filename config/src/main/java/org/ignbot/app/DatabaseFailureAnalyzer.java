package org.ignbot.app;

import java.sql.SQLException;
import java.util.Set;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * A database that refuses the connection (unreachable, wrong password, no such database) stops
 * start-up with one line naming the datasource settings, instead of a pool's stack trace.
 */
final class DatabaseFailureAnalyzer implements FailureAnalyzer, Ordered {
  /** SQLSTATE classes of connection, authorization and catalog errors. */
  private static final Set<String> REFUSALS = Set.of("08", "28", "3D");

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().length() >= 2
          && REFUSALS.contains(sql.getSQLState().substring(0, 2))) {
        return new FailureAnalysis(
            "spring.datasource.url (SPRING_DATASOURCE_URL): the database refused the connection: "
                + firstLine(sql.getMessage()),
            "Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and"
                + " SPRING_DATASOURCE_PASSWORD, and that the database server is running.",
            sql);
      }
    }
    return null;
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end).strip();
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
