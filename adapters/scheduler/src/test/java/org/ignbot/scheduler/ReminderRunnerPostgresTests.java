package org.ignbot.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.ignbot.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class ReminderRunnerPostgresTests extends ReminderRunnerContract {
  /** The shape of db-scheduler's pick: the oldest due rows, in the order they fell due. */
  private static final String PICK =
      "select task_instance from scheduled_tasks where picked = ? and execution_time <= ?"
          + " order by execution_time limit 32 for update skip locked";

  @Override
  TestDatabase open() {
    return TestDatabase.postgres();
  }

  /**
   * db-scheduler picks on whichever pooled connection is free. A connection that polled the table
   * often while it was nearly empty keeps the plan it made then, which reads and sorts the whole
   * table for every pick once the table is full: at 100,000 rows, 38 ms a pick instead of half a
   * millisecond. A plan round that fills the table has PostgreSQL's statistics brought up to date,
   * so that such plans are made again.
   */
  @Test
  void aConnectionThatPolledTheEmptyTablePicksByIndexOnceAPlanRoundHasFilledIt() throws Exception {
    try (Connection polled = database.dataSource().getConnection();
        PreparedStatement pick = polled.prepareStatement(PICK)) {
      for (int i = 0; i < 15; i++) { // past the driver's and the server's thresholds for reuse
        pick(pick);
      }
      JdbcClient.create(database.dataSource())
          .sql(
              "insert into subscription (platform, workspace, recipient_kind, recipient_id,"
                  + " cluster, lead_minutes, since) select 'slack', 'T1', 'DIRECT_MESSAGE',"
                  + " 'U' || i, '', '60', timestamptz '2024-01-01 00:00Z' from generate_series(1, 5000) i")
          .update();
      ReminderRunner runner =
          start(new FakeMessenger(java.time.Clock.systemUTC()), Duration.ofSeconds(10));
      runner.planNow();
      assertThat(
              JdbcClient.create(database.dataSource())
                  .sql("select count(*) from scheduled_tasks where task_name = 'ign-reminder'")
                  .query(Integer.class)
                  .single())
          .isGreaterThanOrEqualTo(5000);

      polled.setAutoCommit(false);
      long before = TestDatabase.wholeTableReads(polled, "scheduled_tasks");
      pick(pick);
      assertThat(TestDatabase.wholeTableReads(polled, "scheduled_tasks")).isEqualTo(before);
      polled.rollback();
    }
  }

  private static void pick(PreparedStatement pick) throws SQLException {
    pick.setBoolean(1, false);
    pick.setObject(2, OffsetDateTime.parse("2000-01-01T00:00:00Z"));
    try (ResultSet rows = pick.executeQuery()) {
      while (rows.next()) {
        rows.getString(1);
      }
    }
  }
}
