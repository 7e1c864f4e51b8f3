package org.ignbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import org.ignbot.core.remind.DeliveryLog.Status;
import org.ignbot.store.remind.Deliveries;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class DeliveriesPostgresTests extends DeliveriesContract {
  private TestDatabase schema;

  @Override
  TestDatabase open() {
    schema = TestDatabase.postgres();
    return schema;
  }

  @Override
  boolean writesInOneTrip() {
    return true;
  }

  /** Each index is written on every plan, pick and removal of a reminder: only those read stay. */
  @Test
  void theReminderTableKeepsOnlyTheIndexesTheSchedulersQueriesUse() {
    assertThat(
            JdbcClient.create(schema.dataSource())
                .sql(
                    "select indexname from pg_indexes where tablename = 'scheduled_tasks' and"
                        + " schemaname = current_schema()")
                .query(String.class)
                .list())
        .containsExactlyInAnyOrder(
            "scheduled_tasks_pkey", "execution_time_idx", "last_heartbeat_idx");
  }

  /**
   * A connection keeps the plan it made for a statement it runs often. The outcomes' statement
   * joins its batch to delivery and scheduled_tasks: planned once while both were nearly empty, it
   * would read both whole for every batch once they had grown, and a burst of 100,000 reminders
   * slowed to half its rate as delivery filled.
   */
  @Test
  void outcomesFindTheirRowsByKeyAfterTheTablesHaveGrownUnderAConnectionThatSettledBefore()
      throws Exception {
    Instant now = Instant.parse("2024-11-19T14:00:00Z");
    try (Connection connection = schema.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      Deliveries oneConnection = new Deliveries(new SingleConnectionDataSource(connection, true));
      for (int i = 0; i < 15; i++) { // past the driver's and the server's thresholds for reuse
        oneConnection.settle(
            "early-" + i,
            Status.SENT,
            false,
            "ts",
            now,
            new Deliveries.Carrier("ign-reminder", "early-" + i, 1));
      }
      try (var grow = connection.createStatement()) {
        grow.execute(
            "insert into delivery (delivery_key, platform, workspace, recipient_kind,"
                + " recipient_id, status, attempts, late, created_at, updated_at) select 'k-' || i,"
                + " 'slack', 'T1', 'DIRECT_MESSAGE', 'U' || i, 'SENDING', 1, false, now(), now()"
                + " from generate_series(1, 20000) i");
        grow.execute(
            "insert into scheduled_tasks (task_name, task_instance, execution_time, picked,"
                + " version) select 'ign-reminder', 'k-' || i, now(), true, 1"
                + " from generate_series(1, 20000) i");
      }
      long before = TestDatabase.wholeTableReads(connection, "delivery", "scheduled_tasks");

      boolean removed =
          oneConnection.settle(
              "k-7",
              Status.SENT,
              false,
              "ts",
              now,
              new Deliveries.Carrier("ign-reminder", "k-7", 1));

      assertThat(removed).isTrue();
      assertThat(TestDatabase.wholeTableReads(connection, "delivery", "scheduled_tasks"))
          .isEqualTo(before);
      connection.rollback();
    }
  }

  /** The planner asks which of its reminders are settled on every round, 100,000 at a burst. */
  @Test
  void settledKeysAreFoundByKeyAfterTheTableHasGrownUnderAConnectionThatAskedBefore()
      throws Exception {
    try (Connection connection = schema.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      Deliveries oneConnection = new Deliveries(new SingleConnectionDataSource(connection, true));
      for (int i = 0; i < 15; i++) { // past the driver's and the server's thresholds for reuse
        oneConnection.settled(java.util.List.of("early-" + i, "k-1", "k-2"));
      }
      try (var grow = connection.createStatement()) {
        grow.execute(
            "insert into delivery (delivery_key, platform, workspace, recipient_kind,"
                + " recipient_id, status, attempts, late, created_at, updated_at) select 'k-' || i,"
                + " 'slack', 'T1', 'DIRECT_MESSAGE', 'U' || i, 'SENT', 1, false, now(), now()"
                + " from generate_series(1, 20000) i");
      }
      long before = TestDatabase.wholeTableReads(connection, "delivery");

      var settled = oneConnection.settled(java.util.List.of("k-7", "k-19999", "missing"));

      assertThat(settled).containsExactlyInAnyOrder("k-7", "k-19999");
      assertThat(TestDatabase.wholeTableReads(connection, "delivery")).isEqualTo(before);
      connection.rollback();
    }
  }
}
