package org.ignbot.store;

import java.sql.PreparedStatement;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.PreparedStatementCreator;

/**
 * A PostgreSQL statement that joins a batch of rows, sent as arrays, to a table, planned for each
 * execution's own rows. After a few runs the driver would prepare it on the server, and the server
 * would then keep one generic plan for the connection, made from the tables' sizes at that moment.
 * A join planned while a table was nearly empty reads the whole table, and would go on reading it
 * whole for every batch once the table had grown: a burst of 100,000 reminders fell to half its
 * rate as the delivery table filled. Planning costs a fraction of a millisecond, once per batch.
 */
public final class PlannedEachTime {
  private PlannedEachTime() {}

  /** The statement {@code sql} with {@code parameters} (arrays are sent as PostgreSQL arrays). */
  public static PreparedStatementCreator statement(String sql, Object... parameters) {
    return connection -> {
      PreparedStatement statement = connection.prepareStatement(sql);
      statement.unwrap(PGStatement.class).setPrepareThreshold(0);
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement;
    };
  }
}
