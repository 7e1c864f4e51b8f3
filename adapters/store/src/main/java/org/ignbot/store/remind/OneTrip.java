package org.ignbot.store.remind;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.DeliveryLog.Carrier;
import org.ignbot.core.remind.DeliveryLog.Status;
import org.ignbot.core.remind.RetryAfterWindows;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Statements of {@link Deliveries} that do two things in one round trip on PostgreSQL
 * (data-changing {@code with} clauses, which H2 lacks): at 10,000 reminders due at once the
 * database and the bot's CPU, not the network, bound the rate, and each statement saved is work
 * neither does.
 */
final class OneTrip {
  /** A first claim (an insert that does nothing when the key is there) and the scope's window. */
  private static final String CLAIM_AND_READ_WINDOW =
      "with claimed as (insert into delivery (delivery_key, platform, workspace, recipient_kind,"
          + " recipient_id, status, attempts, late, created_at, updated_at) values (?, ?, ?, ?, ?,"
          + " 'SENDING', 1, false, ?, ?) on conflict (delivery_key) do nothing returning 1) select"
          + " (select count(*) from claimed), (select closed_until from retry_after_window where"
          + " scope = ?)";

  /** The outcome and the removal of db-scheduler's row while still at the version picked. */
  private static final String SETTLE_AND_REMOVE =
      "with removed as (delete from scheduled_tasks where task_name = ? and task_instance = ? and"
          + " version = ? returning 1), settled as (update delivery set status = ?, late = ?,"
          + " detail = ?, updated_at = ? where delivery_key = ? returning 1) select count(*) from"
          + " removed";

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private volatile Boolean postgres;

  OneTrip(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.dataSource = dataSource;
  }

  /** Whether the database is PostgreSQL, asked once; unknown (false) while it cannot answer. */
  boolean available() {
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

  /** Claims a new key and reads the window of {@code scope}; empty when the key was there. */
  Optional<RetryAfterWindows.Shared> claimNew(
      String key, Recipient recipient, Instant now, String scope) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    record Inserted(long claimed, Optional<Instant> closedUntil) {}
    Inserted inserted =
        jdbc.sql(CLAIM_AND_READ_WINDOW)
            .params(Stream.concat(newRow(key, recipient, at).stream(), Stream.of(scope)).toList())
            .query(
                (rs, n) ->
                    new Inserted(
                        rs.getLong(1),
                        Optional.ofNullable(rs.getObject(2, OffsetDateTime.class))
                            .map(OffsetDateTime::toInstant)))
            .single();
    return inserted.claimed() == 0
        ? Optional.empty()
        : Optional.of(new RetryAfterWindows.Shared(inserted.closedUntil()));
  }

  /** The values of a new key's row, in the order both claims insert them. */
  static List<Object> newRow(String key, Recipient recipient, OffsetDateTime at) {
    return List.of(
        key,
        recipient.platform(),
        recipient.workspace(),
        recipient.kind().name(),
        recipient.id(),
        at,
        at);
  }

  /** Records the outcome and removes the carrier's row; whether the row was removed. */
  boolean settleAndRemove(
      String key, Status status, boolean late, String detail, Instant now, Carrier carrier) {
    long removed =
        jdbc.sql(SETTLE_AND_REMOVE)
            .params(
                carrier.task(),
                carrier.instance(),
                carrier.version(),
                status.name(),
                late,
                detail,
                now.atOffset(ZoneOffset.UTC),
                key)
            .query(Long.class)
            .single();
    return removed > 0;
  }
}
