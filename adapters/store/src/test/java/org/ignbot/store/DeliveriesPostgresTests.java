package org.ignbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

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
}
