package org.ignbot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.remind.Subscriptions;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.user.UserKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Subscriptions in the {@code subscription} table; {@code forget} also clears deliveries. */
public final class JdbcSubscriptionStore implements SubscriptionStore {
  private static final String RECIPIENT =
      "platform = ? and workspace = ? and recipient_kind = ? and recipient_id = ?";
  private static final String COLUMNS =
      "select platform, workspace, recipient_kind, recipient_id, cluster, lead_minutes, since,"
          + " paused_reason from subscription";

  /**
   * {@link #COLUMNS} of each recipient asked, numbered from 1 in the order asked; {@link
   * PlannedEachTime}, as it joins the batch to the table.
   */
  private static final String OF_EACH =
      "select a.n, platform, workspace, recipient_kind, recipient_id, cluster, lead_minutes,"
          + " since, paused_reason from unnest(?::varchar[], ?::varchar[], ?::varchar[],"
          + " ?::varchar[]) with ordinality as a(platform, workspace, recipient_kind,"
          + " recipient_id, n) join subscription using (platform, workspace, recipient_kind,"
          + " recipient_id)";

  private final JdbcTemplate template;
  private final JdbcClient jdbc;
  private final PostgresCheck postgres;
  private final Combiner<Recipient, List<Subscription>> reads =
      new Combiner<>(this::ofEach, Combiner.MAX_BATCH);

  /** Marks a reminder for one meeting in the cluster column, which keeps one row per filter. */
  private static final String MEETING_PREFIX = "meeting:";

  private final TransactionTemplate transactions;
  private final Clock clock;

  public JdbcSubscriptionStore(DataSource dataSource, Clock clock) {
    this.template = new JdbcTemplate(dataSource);
    this.jdbc = JdbcClient.create(template);
    this.postgres = new PostgresCheck(dataSource);
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.clock = clock;
  }

  @Override
  public void save(Subscription subscription) {
    Recipient r = subscription.recipient();
    String cluster = filterKey(subscription);
    Jdbc.write(
        () ->
            transactions.execute(
                status -> {
                  jdbc.sql("delete from subscription where " + RECIPIENT + " and cluster = ?")
                      .params(r.platform(), r.workspace(), r.kind().name(), r.id(), cluster)
                      .update();
                  return jdbc.sql(
                          "insert into subscription (platform, workspace, recipient_kind,"
                              + " recipient_id, cluster, lead_minutes, since, paused_reason,"
                              + " paused_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .params(
                          r.platform(),
                          r.workspace(),
                          r.kind().name(),
                          r.id(),
                          cluster,
                          LeadTimes.toMinutes(subscription.leadTimes()),
                          Jdbc.timestamp(subscription.since()),
                          subscription.pausedBecause().orElse(null),
                          subscription.isPaused() ? Jdbc.timestamp(clock.instant()) : null)
                      .update();
                }));
  }

  @Override
  public boolean remove(Recipient r, Optional<Cluster> cluster) {
    return Jdbc.write(
            () ->
                jdbc.sql("delete from subscription where " + RECIPIENT + " and cluster = ?")
                    .params(
                        r.platform(), r.workspace(), r.kind().name(), r.id(), clusterKey(cluster))
                    .update())
        > 0;
  }

  @Override
  public int removeAll(Recipient r) {
    return Jdbc.write(
        () ->
            jdbc.sql("delete from subscription where " + RECIPIENT)
                .params(r.platform(), r.workspace(), r.kind().name(), r.id())
                .update());
  }

  /**
   * On PostgreSQL the reads of every sender waiting at the moment go as one statement: each
   * reminder reads its recipient's subscriptions right before it is sent.
   */
  @Override
  public List<Subscription> of(Recipient r) {
    if (postgres.postgres()) {
      return Jdbc.read(() -> reads.call(r));
    }
    return Jdbc.read(
        () ->
            jdbc
                .sql(COLUMNS + " where " + RECIPIENT)
                .params(r.platform(), r.workspace(), r.kind().name(), r.id())
                .query(JdbcSubscriptionStore::row)
                .list()
                .stream()
                .sorted(Subscriptions.ORDER)
                .toList());
  }

  private List<List<Subscription>> ofEach(List<Recipient> recipients) {
    List<List<Subscription>> found = new ArrayList<>(recipients.size());
    for (int i = 0; i < recipients.size(); i++) {
      found.add(new ArrayList<>());
    }
    template.query(
        PlannedEachTime.statement(
            OF_EACH,
            Combiner.column(recipients, Recipient::platform),
            Combiner.column(recipients, Recipient::workspace),
            Combiner.column(recipients, r -> r.kind().name()),
            Combiner.column(recipients, Recipient::id)),
        (RowCallbackHandler) rs -> found.get(rs.getInt("n") - 1).add(row(rs, 0)));
    return found.stream().map(list -> list.stream().sorted(Subscriptions.ORDER).toList()).toList();
  }

  @Override
  public List<Subscription> active() {
    return Jdbc.read(
        () ->
            jdbc.sql(COLUMNS + " where paused_reason is null")
                .query(JdbcSubscriptionStore::row)
                .list());
  }

  @Override
  public void pause(Recipient r, String reason) {
    String shortened = reason.length() > 500 ? reason.substring(0, 500) : reason;
    Jdbc.write(
        () ->
            jdbc.sql("update subscription set paused_reason = ?, paused_at = ? where " + RECIPIENT)
                .params(
                    shortened,
                    Jdbc.timestamp(clock.instant()),
                    r.platform(),
                    r.workspace(),
                    r.kind().name(),
                    r.id())
                .update());
  }

  @Override
  public int forget(UserKey user) {
    Recipient r = Subscriptions.directTo(user);
    return Jdbc.write(
        () ->
            transactions.execute(
                status -> {
                  jdbc.sql("delete from delivery where " + RECIPIENT)
                      .params(r.platform(), r.workspace(), r.kind().name(), r.id())
                      .update();
                  return jdbc.sql("delete from subscription where " + RECIPIENT)
                      .params(r.platform(), r.workspace(), r.kind().name(), r.id())
                      .update();
                }));
  }

  private static String clusterKey(Optional<Cluster> cluster) {
    return cluster.map(Cluster::key).orElse("");
  }

  /** The cluster column: a cluster's key, '' for every meeting, "meeting:<id>" for one meeting. */
  private static String filterKey(Subscription subscription) {
    return subscription
        .meeting()
        .map(id -> MEETING_PREFIX + id)
        .orElseGet(() -> clusterKey(subscription.cluster()));
  }

  private static Subscription row(ResultSet rs, int row) throws SQLException {
    Recipient recipient =
        new Recipient(
            rs.getString("platform"),
            rs.getString("workspace"),
            Recipient.Kind.valueOf(rs.getString("recipient_kind")),
            rs.getString("recipient_id"));
    String cluster = rs.getString("cluster");
    boolean oneMeeting = cluster.startsWith(MEETING_PREFIX);
    return new Subscription(
        recipient,
        cluster.isEmpty() || oneMeeting ? Optional.empty() : Cluster.fromKey(cluster),
        LeadTimes.fromMinutes(rs.getString("lead_minutes")),
        Jdbc.instant(rs.getObject("since", OffsetDateTime.class)),
        Optional.ofNullable(rs.getString("paused_reason")),
        oneMeeting ? Optional.of(cluster.substring(MEETING_PREFIX.length())) : Optional.empty());
  }
}
