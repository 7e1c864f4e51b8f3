package org.ignbot.store.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.mail.MailSubscription;
import org.ignbot.core.mail.MailSubscriptionStore;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.store.StoreUnavailableException;
import org.ignbot.core.user.UserKey;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** E-mail subscriptions in the {@code mail_subscription} table. */
public final class JdbcMailSubscriptionStore implements MailSubscriptionStore {
  private static final String COLUMNS =
      "select address, owner_platform, owner_workspace, owner_user, cluster, lead_minutes, since,"
          + " confirmed_at, code_hash, code_sent_at, code_expires_at, unsubscribe_token,"
          + " paused_reason from mail_subscription";

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  public JdbcMailSubscriptionStore(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  @Override
  public void save(MailSubscription s) {
    Optional<MailSubscription.PendingCode> code = s.code();
    run(
        () ->
            transactions.execute(
                status -> {
                  jdbc.sql("delete from mail_subscription where address = ?")
                      .param(s.address().value())
                      .update();
                  return jdbc.sql(
                          "insert into mail_subscription (address, owner_platform,"
                              + " owner_workspace, owner_user, cluster, lead_minutes, since,"
                              + " confirmed_at, code_hash, code_sent_at, code_expires_at,"
                              + " unsubscribe_token, paused_reason) values (?, ?, ?, ?, ?, ?, ?,"
                              + " ?, ?, ?, ?, ?, ?)")
                      .params(
                          s.address().value(),
                          s.owner().platform(),
                          s.owner().workspace(),
                          s.owner().userId(),
                          s.cluster().map(Cluster::key).orElse(""),
                          LeadTimes.toMinutes(s.leadTimes()),
                          timestamp(s.since()),
                          s.confirmedAt().map(JdbcMailSubscriptionStore::timestamp).orElse(null),
                          code.map(MailSubscription.PendingCode::hash).orElse(null),
                          code.map(c -> timestamp(c.sentAt())).orElse(null),
                          code.map(c -> timestamp(c.expiresAt())).orElse(null),
                          s.unsubscribeToken(),
                          s.pausedBecause().map(JdbcMailSubscriptionStore::shorten).orElse(null))
                      .update();
                }));
  }

  @Override
  public Optional<MailSubscription> find(MailAddress address) {
    return one(COLUMNS + " where address = ?", address.value());
  }

  @Override
  public Optional<MailSubscription> byCodeHash(String hash) {
    return one(COLUMNS + " where code_hash = ?", hash);
  }

  @Override
  public Optional<MailSubscription> byUnsubscribeToken(String token) {
    return one(COLUMNS + " where unsubscribe_token = ?", token);
  }

  @Override
  public List<MailSubscription> active() {
    return run(
        () ->
            jdbc.sql(
                    COLUMNS
                        + " where confirmed_at is not null and paused_reason is null order by"
                        + " address")
                .query(JdbcMailSubscriptionStore::row)
                .list());
  }

  @Override
  public boolean remove(MailAddress address) {
    return run(
            () ->
                jdbc.sql("delete from mail_subscription where address = ?")
                    .param(address.value())
                    .update())
        > 0;
  }

  @Override
  public List<MailAddress> ownedBy(UserKey owner) {
    return run(
        () ->
            jdbc.sql(
                    "select address from mail_subscription where owner_platform = ? and"
                        + " owner_workspace = ? and owner_user = ?")
                .params(owner.platform(), owner.workspace(), owner.userId())
                .query((rs, n) -> new MailAddress(rs.getString(1)))
                .list());
  }

  private Optional<MailSubscription> one(String sql, String value) {
    return run(() -> jdbc.sql(sql).param(value).query(JdbcMailSubscriptionStore::row).optional());
  }

  private static MailSubscription row(ResultSet rs, int n) throws SQLException {
    String cluster = rs.getString("cluster");
    String hash = rs.getString("code_hash");
    Optional<MailSubscription.PendingCode> code =
        hash == null
            ? Optional.empty()
            : Optional.of(
                new MailSubscription.PendingCode(
                    hash, instant(rs, "code_sent_at"), instant(rs, "code_expires_at")));
    return new MailSubscription(
        new MailAddress(rs.getString("address")),
        new UserKey(
            rs.getString("owner_platform"),
            rs.getString("owner_workspace"),
            rs.getString("owner_user")),
        cluster.isEmpty() ? Optional.empty() : Cluster.fromKey(cluster),
        LeadTimes.fromMinutes(rs.getString("lead_minutes")),
        instant(rs, "since"),
        Optional.ofNullable(rs.getObject("confirmed_at", OffsetDateTime.class))
            .map(OffsetDateTime::toInstant),
        code,
        rs.getString("unsubscribe_token"),
        Optional.ofNullable(rs.getString("paused_reason")));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String shorten(String text) {
    return text.length() <= 500 ? text : text.substring(0, 500);
  }

  /** A database that cannot answer becomes {@link StoreUnavailableException}. */
  static <T> T run(java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (org.springframework.dao.DataIntegrityViolationException e) {
      throw e;
    } catch (DataAccessException e) {
      throw new StoreUnavailableException(true, e);
    }
  }
}
