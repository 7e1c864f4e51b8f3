package org.ignbot.store.remind;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.DeliveryLog.Carrier;
import org.ignbot.core.remind.DeliveryLog.Status;
import org.ignbot.core.remind.RetryAfterWindows;
import org.ignbot.store.Combiner;
import org.ignbot.store.PlannedEachTime;
import org.ignbot.store.PostgresCheck;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Statements of {@link Deliveries} that do two things in one round trip on PostgreSQL
 * (data-changing {@code with} clauses, which H2 lacks), for every sender waiting at the moment: at
 * 10,000 reminders due at once the database and the bot's CPU, not the network, bound the rate, and
 * each statement and commit saved is work neither does. The senders' rows go in as arrays, so one
 * statement text serves every batch size.
 */
final class OneTrip {
  /** A row's time, sent as microseconds since the epoch: no text to format per row. */
  private static final String AT =
      " timestamptz 'epoch' + at_micros * interval '1 microsecond' as at";

  /** First claims (inserts that do nothing where the key is there) and each scope's window. */
  private static final String CLAIM_AND_READ_WINDOW =
      "with asked as (select delivery_key, platform, workspace, recipient_kind, recipient_id,"
          + AT
          + ", scope, n from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],"
          + " ?::varchar[], ?::bigint[], ?::varchar[]) with ordinality as u(delivery_key,"
          + " platform, workspace, recipient_kind, recipient_id, at_micros, scope, n)), claimed"
          + " as (insert into delivery (delivery_key, platform, workspace, recipient_kind,"
          + " recipient_id, status, attempts, late, created_at, updated_at) select delivery_key,"
          + " platform, workspace, recipient_kind, recipient_id, 'SENDING', 1, false, at, at from"
          + " asked on conflict (delivery_key) do nothing returning delivery_key) select exists"
          + " (select 1 from claimed c where c.delivery_key = a.delivery_key), (select"
          + " closed_until from retry_after_window w where w.scope = a.scope) from asked a order"
          + " by a.n";

  /**
   * The outcomes, and the removal of db-scheduler's rows while still at the versions picked. It
   * joins the batch to both tables, so it is {@link PlannedEachTime}; the claims' statement reads
   * tables only through the key's unique index and the small window table, so its plan is kept.
   */
  private static final String SETTLE_AND_REMOVE =
      "with asked as (select task_name, task_instance, version, delivery_key, status, late,"
          + " detail,"
          + AT
          + ", n from unnest(?::varchar[], ?::varchar[], ?::bigint[], ?::varchar[], ?::varchar[],"
          + " ?::boolean[], ?::varchar[], ?::bigint[]) with ordinality as u(task_name,"
          + " task_instance, version, delivery_key, status, late, detail, at_micros, n)), removed"
          + " as (delete from scheduled_tasks t using asked a where t.task_name = a.task_name and"
          + " t.task_instance = a.task_instance and t.version = a.version returning t.task_name,"
          + " t.task_instance), settled as (update delivery d set status = a.status, late ="
          + " a.late, detail = a.detail, updated_at = a.at from asked a where d.delivery_key ="
          + " a.delivery_key returning 1) select exists (select 1 from removed r where"
          + " r.task_name = a.task_name and r.task_instance = a.task_instance) from asked a order"
          + " by a.n";

  private record NewClaim(String key, Recipient recipient, Instant now, String scope) {}

  private record Outcome(
      String key, Status status, boolean late, String detail, Instant now, Carrier carrier) {}

  private final JdbcTemplate template;
  private final JdbcClient jdbc;
  private final PostgresCheck postgres;
  private final Combiner<NewClaim, Optional<RetryAfterWindows.Shared>> claims =
      new Combiner<>(this::claimNew, NewClaim::key, Combiner.MAX_BATCH);
  private final Combiner<Outcome, Boolean> outcomes =
      new Combiner<>(this::settleAndRemove, Outcome::key, Combiner.MAX_BATCH);

  OneTrip(DataSource dataSource) {
    this.template = new JdbcTemplate(dataSource);
    this.jdbc = JdbcClient.create(template);
    this.postgres = new PostgresCheck(dataSource);
  }

  /** Whether the database is PostgreSQL (see {@link PostgresCheck}). */
  boolean available() {
    return postgres.postgres();
  }

  /** Claims a new key and reads the window of {@code scope}; empty when the key was there. */
  Optional<RetryAfterWindows.Shared> claimNew(
      String key, Recipient recipient, Instant now, String scope) {
    return claims.call(new NewClaim(key, recipient, now, scope));
  }

  private List<Optional<RetryAfterWindows.Shared>> claimNew(List<NewClaim> asked) {
    return jdbc.sql(CLAIM_AND_READ_WINDOW)
        .params(
            Combiner.column(asked, NewClaim::key),
            Combiner.column(asked, c -> c.recipient().platform()),
            Combiner.column(asked, c -> c.recipient().workspace()),
            Combiner.column(asked, c -> c.recipient().kind().name()),
            Combiner.column(asked, c -> c.recipient().id()),
            micros(asked, NewClaim::now),
            Combiner.column(asked, NewClaim::scope))
        .query(
            (rs, n) ->
                rs.getBoolean(1)
                    ? Optional.of(
                        new RetryAfterWindows.Shared(
                            Optional.ofNullable(rs.getObject(2, OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)))
                    : Optional.<RetryAfterWindows.Shared>empty())
        .list();
  }

  /** Records the outcome and removes the carrier's row; whether the row was removed. */
  boolean settleAndRemove(
      String key, Status status, boolean late, String detail, Instant now, Carrier carrier) {
    return outcomes.call(new Outcome(key, status, late, detail, now, carrier));
  }

  private List<Boolean> settleAndRemove(List<Outcome> asked) {
    boolean[] late = new boolean[asked.size()];
    long[] versions = new long[asked.size()];
    for (int i = 0; i < asked.size(); i++) {
      late[i] = asked.get(i).late();
      versions[i] = asked.get(i).carrier().version();
    }
    return template.query(
        PlannedEachTime.statement(
            SETTLE_AND_REMOVE,
            Combiner.column(asked, o -> o.carrier().task()),
            Combiner.column(asked, o -> o.carrier().instance()),
            versions,
            Combiner.column(asked, Outcome::key),
            Combiner.column(asked, o -> o.status().name()),
            late,
            Combiner.column(asked, Outcome::detail),
            micros(asked, Outcome::now)),
        (rs, n) -> rs.getBoolean(1));
  }

  /** A column of times as microseconds since the epoch (PostgreSQL keeps microseconds). */
  private static <T> long[] micros(List<T> rows, Function<T, Instant> time) {
    long[] column = new long[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Instant at = time.apply(rows.get(i));
      column[i] =
          Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }
    return column;
  }
}
