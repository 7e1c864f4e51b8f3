package org.ignbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.ignbot.core.notify.Recipient;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class SubscriptionStorePostgresTests extends SubscriptionStoreContract {
  private TestDatabase schema;

  @Override
  TestDatabase open() {
    schema = TestDatabase.postgres();
    return schema;
  }

  /**
   * The senders' read joins its batch of recipients to subscription. A connection that planned it
   * once while the table was nearly empty must still find each recipient by key after it grew.
   */
  @Test
  void recipientsAreFoundByKeyAfterTheTableHasGrownUnderAConnectionThatReadBefore()
      throws Exception {
    try (Connection connection = schema.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      JdbcSubscriptionStore oneConnection =
          new JdbcSubscriptionStore(
              new SingleConnectionDataSource(connection, true),
              Clock.fixed(Instant.parse("2024-11-19T14:00:00Z"), ZoneOffset.UTC));
      for (int i = 0; i < 15; i++) { // past the driver's and the server's thresholds for reuse
        oneConnection.of(new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "early-" + i));
      }
      try (var grow = connection.createStatement()) {
        grow.execute(
            "insert into subscription (platform, workspace, recipient_kind, recipient_id,"
                + " cluster, lead_minutes, since) select 'slack', 'T1', 'DIRECT_MESSAGE', 'U' || i,"
                + " '', '60', now() from generate_series(1, 20000) i");
      }
      long before = TestDatabase.wholeTableReads(connection, "subscription");

      var found =
          oneConnection.of(new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "U7"));

      assertThat(found).hasSize(1);
      assertThat(TestDatabase.wholeTableReads(connection, "subscription")).isEqualTo(before);
      connection.rollback();
    }
  }
}
