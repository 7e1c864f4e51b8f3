package org.ignbot.store.remind;

import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.DeliveryLog;
import org.ignbot.core.remind.GroupedCalls;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code delivery} table, the {@link DeliveryLog} of every instance: one row per message key.
 * Claiming a key is an insert on its primary key, or an update that only succeeds while the key is
 * unsettled; a settled key is never sent again.
 */
public final class Deliveries implements DeliveryLog {
  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate transactions;
  private final GroupedCalls<FirstClaim, Boolean> firstClaims;
  private final GroupedCalls<Outcome, Void> outcomes;
  private volatile Boolean postgres;

  public Deliveries(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    this.template = new JdbcTemplate(dataSource);
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.firstClaims = new GroupedCalls<>(this::insertAll, this::insert);
    this.outcomes = new GroupedCalls<>(this::settleAll, this::settleOne);
  }

  /** PostgreSQL has {@code on conflict do nothing}, which lets one batch hold any first claim. */
  private boolean isPostgres() {
    Boolean known = postgres;
    if (known == null) {
      known = Postgres.is(dataSource);
      postgres = known;
    }
    return known;
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
   * not have left (the few in flight). A first claim is written with the first claims of the other
   * send threads in one transaction (on PostgreSQL), and granted once that is committed.
   */
  @Override
  public Claim claim(String key, Recipient recipient, Instant now, Instant staleBefore) {
    boolean inserted =
        isPostgres()
            ? firstClaims.call(new FirstClaim(key, recipient, now))
            : insert(new FirstClaim(key, recipient, now));
    if (inserted) {
      return new Claim(true, 1, Status.SENDING, now, Optional.empty());
    }
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

  /** A key's first claim: its row, if there is none yet. */
  private record FirstClaim(String key, Recipient recipient, Instant now) {}

  private static final String INSERT =
      "insert into delivery (delivery_key, platform, workspace, recipient_kind, recipient_id,"
          + " status, attempts, late, created_at, updated_at) values (?, ?, ?, ?, ?, 'SENDING', 1,"
          + " false, ?, ?)";

  /** Whether the key's row was inserted (it was not there). */
  private boolean insert(FirstClaim claim) {
    try {
      jdbc.sql(INSERT).params(insertParameters(claim)).update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /**
   * Inserts the rows of many first claims in one transaction, in key order (two instances never
   * wait on each other in a circle); a key already there is left alone and reported not inserted.
   */
  private List<Boolean> insertAll(List<FirstClaim> claims) {
    List<FirstClaim> byKey = claims.stream().sorted(Comparator.comparing(FirstClaim::key)).toList();
    int[] counts =
        transactions.execute(
            status ->
                batch(
                    INSERT + " on conflict (delivery_key) do nothing",
                    byKey,
                    Deliveries::insertParameters));
    Map<FirstClaim, Boolean> inserted = new IdentityHashMap<>();
    for (int i = 0; i < byKey.size(); i++) {
      if (counts[i] == Statement.SUCCESS_NO_INFO) {
        // Unknown is never taken for granted: each claim is then made on its own.
        throw new IllegalStateException("the driver did not say which claims were inserted");
      }
      // A repeated key in one group is inserted once: the others find it there.
      inserted.put(byKey.get(i), counts[i] > 0);
    }
    return claims.stream().map(inserted::get).toList();
  }

  private static Object[] insertParameters(FirstClaim claim) {
    OffsetDateTime at = claim.now().atOffset(ZoneOffset.UTC);
    Recipient recipient = claim.recipient();
    return new Object[] {
      claim.key(),
      recipient.platform(),
      recipient.workspace(),
      recipient.kind().name(),
      recipient.id(),
      at,
      at
    };
  }

  private <T> int[] batch(String sql, List<T> rows, Function<T, Object[]> parameters) {
    return template.batchUpdate(sql, rows.stream().map(parameters).toList());
  }

  /**
   * Records a final outcome; written with the outcomes of the other send threads in one
   * transaction, and returns once that is committed.
   */
  @Override
  public void settle(String key, Status status, boolean late, String detail, Instant now) {
    outcomes.call(new Outcome(key, status, late, detail, now));
  }

  /** One final outcome to record. */
  private record Outcome(String key, Status status, boolean late, String detail, Instant now) {}

  private static final String SETTLE =
      "update delivery set status = ?, late = ?, detail = ?, updated_at = ? where delivery_key = ?";

  private static Object[] settleParameters(Outcome outcome) {
    return new Object[] {
      outcome.status().name(),
      outcome.late(),
      shorten(outcome.detail()),
      outcome.now().atOffset(ZoneOffset.UTC),
      outcome.key()
    };
  }

  private Void settleOne(Outcome outcome) {
    jdbc.sql(SETTLE).params(settleParameters(outcome)).update();
    return null;
  }

  /** Records many outcomes in one transaction, in key order (see {@link #insertAll}). */
  private List<Void> settleAll(List<Outcome> all) {
    List<Outcome> byKey = all.stream().sorted(Comparator.comparing(Outcome::key)).toList();
    transactions.executeWithoutResult(status -> batch(SETTLE, byKey, Deliveries::settleParameters));
    return java.util.Collections.nCopies(all.size(), null);
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
