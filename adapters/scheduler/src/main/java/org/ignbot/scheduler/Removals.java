package org.ignbot.scheduler;

import com.github.kagkarlsson.scheduler.task.Execution;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.ignbot.core.remind.GroupedCalls;

/**
 * Removes finished executions from db-scheduler's table, as its own {@code remove()} does (the row
 * of that task instance at that version), but those of the send threads finishing at once in one
 * transaction: a commit for a group instead of one per message. A caller returns once its row is
 * gone, after its outcome was recorded, so a crash leaves what it left before: a settled key whose
 * execution runs once more and finds it settled.
 */
final class Removals {
  private static final String DELETE =
      "delete from scheduled_tasks where task_name = ? and task_instance = ? and version = ?";

  private final DataSource dataSource;
  private final GroupedCalls<Execution, Void> removals;

  Removals(DataSource dataSource) {
    this.dataSource = dataSource;
    this.removals = new GroupedCalls<>(this::removeAll, one -> removeAll(List.of(one)).get(0));
  }

  /** Removes {@code execution}'s row (nothing when another instance removed it first). */
  void remove(Execution execution) {
    removals.call(execution);
  }

  /** In one transaction, in key order: two instances never wait on each other in a circle. */
  private List<Void> removeAll(List<Execution> executions) {
    List<Execution> byKey =
        executions.stream()
            .sorted(
                Comparator.comparing((Execution e) -> e.taskInstance.getTaskName())
                    .thenComparing(e -> e.taskInstance.getId()))
            .toList();
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
        for (Execution execution : byKey) {
          delete.setString(1, execution.taskInstance.getTaskName());
          delete.setString(2, execution.taskInstance.getId());
          delete.setLong(3, execution.version);
          delete.addBatch();
        }
        delete.executeBatch();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot remove finished executions: " + e.getMessage(), e);
    }
    return Collections.nCopies(executions.size(), null);
  }
}
