package org.ignbot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.ignbot.core.digest.DigestStore;
import org.ignbot.core.digest.DigestSubscription;
import org.ignbot.core.digest.Frequency;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.Subscriptions;
import org.ignbot.core.user.UserKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Digest subscriptions in the {@code digest_subscription} table ({@code V70}, {@code V80}). */
public final class JdbcDigestStore implements DigestStore {
  private static final String RECIPIENT =
      "platform = ? and workspace = ? and recipient_kind = ? and recipient_id = ?";
  private static final String COLUMNS =
      "select platform, workspace, recipient_kind, recipient_id, frequency, time_zone, since,"
          + " paused_because from digest_subscription";

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  public JdbcDigestStore(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  @Override
  public void save(DigestSubscription subscription) {
    Recipient r = subscription.recipient();
    Jdbc.write(
        () ->
            transactions.execute(
                status -> {
                  delete(r);
                  return jdbc.sql(
                          "insert into digest_subscription (platform, workspace, recipient_kind,"
                              + " recipient_id, frequency, time_zone, since, paused_because)"
                              + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                      .params(
                          r.platform(),
                          r.workspace(),
                          r.kind().name(),
                          r.id(),
                          subscription.frequency().name(),
                          subscription.zone().map(ZoneId::getId).orElse(null),
                          Jdbc.timestamp(subscription.since()),
                          subscription.pausedBecause().map(JdbcDigestStore::clip).orElse(null))
                      .update();
                }));
  }

  @Override
  public boolean remove(Recipient recipient) {
    return Jdbc.write(() -> delete(recipient)) > 0;
  }

  @Override
  public Optional<DigestSubscription> of(Recipient r) {
    return Jdbc.read(
        () ->
            jdbc.sql(COLUMNS + " where " + RECIPIENT)
                .params(r.platform(), r.workspace(), r.kind().name(), r.id())
                .query(JdbcDigestStore::row)
                .optional());
  }

  @Override
  public List<DigestSubscription> all() {
    return Jdbc.read(() -> jdbc.sql(COLUMNS).query(JdbcDigestStore::row).list());
  }

  @Override
  public boolean forget(UserKey user) {
    return remove(Subscriptions.directTo(user));
  }

  private int delete(Recipient r) {
    return jdbc.sql("delete from digest_subscription where " + RECIPIENT)
        .params(r.platform(), r.workspace(), r.kind().name(), r.id())
        .update();
  }

  private static DigestSubscription row(ResultSet rs, int row) throws SQLException {
    return new DigestSubscription(
        new Recipient(
            rs.getString("platform"),
            rs.getString("workspace"),
            Recipient.Kind.valueOf(rs.getString("recipient_kind")),
            rs.getString("recipient_id")),
        Frequency.valueOf(rs.getString("frequency")),
        Optional.ofNullable(rs.getString("time_zone")).map(ZoneId::of),
        Jdbc.instant(rs.getObject("since", OffsetDateTime.class)),
        Optional.ofNullable(rs.getString("paused_because")));
  }

  private static String clip(String reason) {
    return reason.length() <= 500 ? reason : reason.substring(0, 500);
  }
}
