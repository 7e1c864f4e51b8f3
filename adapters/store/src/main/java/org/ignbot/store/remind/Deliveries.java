package org.ignbot.store.remind;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.DeliveryLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code delivery} table, the {@link DeliveryLog} of every instance: one row per message key.
 * Claiming a key is an insert on its primary key, or an update that only succeeds while the key is
 * unsettled; a settled key is never sent again.
 */
public final class Deliveries implements DeliveryLog {
  /**
   * The outcome and the removal of db-scheduler's row (when still at the version picked) as one
   * PostgreSQL statement: one write and one commit where there were two.
   */
  private static final String SETTLE_AND_REMOVE =
      "with removed as (delete from scheduled_tasks where task_name = ? and task_instance = ? and"
          + " version = ? returning 1), settled as (update delivery set status = ?, late = ?,"
          + " detail = ?, updated_at = ? where delivery_key = ? returning 1) select count(*) from"
          + " removed";

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private volatile Boolean postgres;

  public Deliveries(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.dataSource = dataSource;
  }

  @Override
  public Optional<Status> status(String key) {
    return jdbc.sql("select status from delivery where delivery_key = ?")
        .param(key)
        .query(String.class)
        .optional()
        .map(Status::valueOf);
  }

  @Override
  public Set<String> settled(Collection<String> keys) {
    Set<String> settled = new HashSet<>();
    List<String> all = new ArrayList<>(keys);
    for (int from = 0; from < all.size(); from += 500) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
      settled.addAll(
          jdbc.sql(
                  "select delivery_key from delivery where status in ('SENT', 'REFUSED',"
                      + " 'DROPPED') and delivery_key in (:keys)")
              .param("keys", chunk)
              .query(String.class)
              .list());
    }
    return settled;
  }

  /**
   * Claims {@code key} for one send at {@code now}. A key already being sent is granted again only
   * when its claim is older than {@code staleBefore}: its sender died, and the message may or may
   * not have left (the few in flight).
   */
  @Override
  public Claim claim(String key, Recipient recipient, Instant now, Instant staleBefore) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    try {
      jdbc.sql(
              "insert into delivery (delivery_key, platform, workspace, recipient_kind,"
                  + " recipient_id, status, attempts, late, created_at, updated_at) values (?, ?,"
                  + " ?, ?, ?, 'SENDING', 1, false, ?, ?)")
          .params(
              key,
              recipient.platform(),
              recipient.workspace(),
              recipient.kind().name(),
              recipient.id(),
              at,
              at)
          .update();
      return new Claim(true, 1, Status.SENDING, now, Optional.empty());
    } catch (DuplicateKeyException e) {
      int updated =
          jdbc.sql(
                  "update delivery set status = 'SENDING', attempts = attempts + 1, updated_at = ?"
                      + " where delivery_key = ? and (status = 'RETRY' or (status = 'SENDING' and"
                      + " updated_at < ?))")
              .params(at, key, staleBefore.atOffset(ZoneOffset.UTC))
              .update();
      record Row(String status, int attempts, OffsetDateTime updatedAt, String detail) {}
      Row row =
          jdbc.sql(
                  "select status, attempts, updated_at, detail from delivery where delivery_key = ?")
              .param(key)
              .query(
                  (rs, n) ->
                      new Row(
                          rs.getString(1),
                          rs.getInt(2),
                          rs.getObject(3, OffsetDateTime.class),
                          rs.getString(4)))
              .single();
      return new Claim(
          updated > 0,
          row.attempts(),
          Status.valueOf(row.status()),
          row.updatedAt().toInstant(),
          Optional.ofNullable(row.detail()));
    }
  }

  /** Records a final outcome. */
  @Override
  public void settle(String key, Status status, boolean late, String detail, Instant now) {
    jdbc.sql(
            "update delivery set status = ?, late = ?, detail = ?, updated_at = ? where"
                + " delivery_key = ?")
        .params(status.name(), late, shorten(detail), now.atOffset(ZoneOffset.UTC), key)
        .update();
  }

  /**
   * Records a final outcome and, on PostgreSQL, removes the carrier's row of {@code
   * scheduled_tasks} in the same statement; elsewhere (H2) only records it.
   */
  @Override
  public boolean settle(
      String key, Status status, boolean late, String detail, Instant now, Carrier carrier) {
    if (!isPostgres()) {
      settle(key, status, late, detail, now);
      return false;
    }
    long removed =
        jdbc.sql(SETTLE_AND_REMOVE)
            .params(
                carrier.task(),
                carrier.instance(),
                carrier.version(),
                status.name(),
                late,
                shorten(detail),
                now.atOffset(ZoneOffset.UTC),
                key)
            .query(Long.class)
            .single();
    return removed > 0;
  }

  /** Whether the database is PostgreSQL, asked once; unknown (false) while it cannot answer. */
  private boolean isPostgres() {
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

  /** Records a settled outcome for a key that may never have been claimed (dropped unsent). */
  @Override
  public void drop(String key, Recipient recipient, String detail, Instant now) {
    Claim claim = claim(key, recipient, now, now.plusSeconds(1));
    if (claim.granted() || !claim.status().settled()) {
      settle(key, Status.DROPPED, false, detail, now);
    }
  }

  /** Records a failed attempt, to be tried again. */
  @Override
  public void retry(String key, String detail, Instant now) {
    jdbc.sql(
            "update delivery set status = 'RETRY', detail = ?, updated_at = ? where delivery_key = ?")
        .params(shorten(detail), now.atOffset(ZoneOffset.UTC), key)
        .update();
  }

  private static String shorten(String text) {
    return text == null || text.length() <= 500 ? text : text.substring(0, 500);
  }
}
