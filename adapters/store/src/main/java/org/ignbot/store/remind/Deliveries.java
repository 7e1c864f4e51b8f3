package org.ignbot.store.remind;

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
import org.ignbot.store.PlannedEachTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code delivery} table, the {@link DeliveryLog} of every instance: one row per message key.
 * Claiming a key is an insert on its primary key, or an update that only succeeds while the key is
 * unsettled; a settled key is never sent again.
 */
public final class Deliveries implements DeliveryLog {
  private static final String SETTLED =
      "select delivery_key from delivery where status in ('SENT', 'REFUSED', 'DROPPED')";

  /**
   * {@link #SETTLED} among an array of keys: the planner asks it of every reminder within the
   * horizon, 100,000 at a burst. {@link PlannedEachTime}, so that it finds them by key once the
   * table has grown.
   */
  private static final String SETTLED_OF_EACH = SETTLED + " and delivery_key = any(?::varchar[])";

  private final JdbcTemplate template;
  private final JdbcClient jdbc;
  private final OneTrip oneTrip;

  public Deliveries(DataSource dataSource) {
    this.template = new JdbcTemplate(dataSource);
    this.jdbc = JdbcClient.create(template);
    this.oneTrip = new OneTrip(dataSource);
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
    boolean postgres = oneTrip.available();
    int chunkSize = postgres ? 10_000 : 500;
    for (int from = 0; from < all.size(); from += chunkSize) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + chunkSize));
      if (postgres) {
        settled.addAll(
            template.query(
                PlannedEachTime.statement(SETTLED_OF_EACH, (Object) chunk.toArray(String[]::new)),
                (rs, n) -> rs.getString(1)));
      } else {
        settled.addAll(
            jdbc.sql(SETTLED + " and delivery_key in (:keys)")
                .param("keys", chunk)
                .query(String.class)
                .list());
      }
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
          .params(newRow(key, recipient, at))
          .update();
      return new Claim(true, 1, Status.SENDING, now, Optional.empty());
    } catch (DuplicateKeyException e) {
      return claimAgain(key, now, staleBefore);
    }
  }

  /** Claims a key already there: granted while it waits for a retry or its claim is stale. */
  private Claim claimAgain(String key, Instant now, Instant staleBefore) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    int updated =
        jdbc.sql(
                "update delivery set status = 'SENDING', attempts = attempts + 1, updated_at = ?"
                    + " where delivery_key = ? and (status = 'RETRY' or (status = 'SENDING' and"
                    + " updated_at < ?))")
            .params(at, key, staleBefore.atOffset(ZoneOffset.UTC))
            .update();
    record Row(String status, int attempts, OffsetDateTime updatedAt, String detail) {}
    Row row =
        jdbc.sql("select status, attempts, updated_at, detail from delivery where delivery_key = ?")
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

  /**
   * Claims {@code key} and, on PostgreSQL, reads the Retry-After window of {@code scope} in the
   * same statement when the key is new; otherwise as {@link #claim(String, Recipient, Instant,
   * Instant)}, the window left to be read before the request.
   */
  @Override
  public Claim claim(
      String key, Recipient recipient, Instant now, Instant staleBefore, String scope) {
    if (!oneTrip.available()) {
      return claim(key, recipient, now, staleBefore);
    }
    return oneTrip
        .claimNew(key, recipient, now, scope)
        .map(
            window ->
                new Claim(true, 1, Status.SENDING, now, Optional.empty(), Optional.of(window)))
        .orElseGet(() -> claimAgain(key, now, staleBefore));
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
    if (!oneTrip.available()) {
      settle(key, status, late, detail, now);
      return false;
    }
    return oneTrip.settleAndRemove(key, status, late, shorten(detail), now, carrier);
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

  /** The values of a new key's row, in the order {@link #claim} inserts them. */
  private static List<Object> newRow(String key, Recipient recipient, OffsetDateTime at) {
    return List.of(
        key,
        recipient.platform(),
        recipient.workspace(),
        recipient.kind().name(),
        recipient.id(),
        at,
        at);
  }

  private static String shorten(String text) {
    return text == null || text.length() <= 500 ? text : text.substring(0, 500);
  }
}
