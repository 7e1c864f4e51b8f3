package org.ignbot.store.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.ignbot.core.mail.InvitationLedger;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.mail.MailSubscription;
import org.ignbot.store.remind.Deliveries;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The invitations sent, as rows of the {@code delivery} table that chat reminders use (platform
 * {@code mail}, the address as recipient): claimed before sending, settled once, shared by every
 * instance. A claim older than {@code staleAfter} belongs to a sender that died and is taken over.
 */
public final class JdbcInvitationLedger implements InvitationLedger {
  private final Deliveries deliveries;
  private final JdbcClient jdbc;
  private final Duration staleAfter;

  /** {@code deliveries} is the bot's one record of messages sent, on {@code dataSource}. */
  public JdbcInvitationLedger(DataSource dataSource, Deliveries deliveries, Duration staleAfter) {
    this.deliveries = Objects.requireNonNull(deliveries);
    this.jdbc = JdbcClient.create(dataSource);
    this.staleAfter = staleAfter;
  }

  @Override
  public Set<String> settled(Collection<String> keys) {
    return JdbcMailSubscriptionStore.run(() -> deliveries.settled(keys));
  }

  @Override
  public boolean claim(String key, MailAddress address, Instant now) {
    return JdbcMailSubscriptionStore.run(
        () ->
            deliveries
                .claim(key, MailSubscription.recipient(address), now, now.minus(staleAfter))
                .granted());
  }

  @Override
  public void sent(String key, String messageId, Instant now) {
    JdbcMailSubscriptionStore.run(
        () -> {
          deliveries.settle(key, Deliveries.Status.SENT, false, messageId, now);
          return null;
        });
  }

  @Override
  public void retry(String key, String reason, Instant now) {
    JdbcMailSubscriptionStore.run(
        () -> {
          deliveries.retry(key, reason, now);
          return null;
        });
  }

  @Override
  public void refused(String key, String reason, Instant now) {
    JdbcMailSubscriptionStore.run(
        () -> {
          deliveries.settle(key, Deliveries.Status.REFUSED, false, reason, now);
          return null;
        });
  }

  @Override
  public boolean invited(String uid, MailAddress address) {
    return JdbcMailSubscriptionStore.run(
        () ->
            jdbc.sql(
                        "select count(*) from delivery where platform = 'mail' and recipient_id = ?"
                            + " and status = 'SENT' and delivery_key like ?")
                    .params(address.value(), "mail:" + uid + ":%")
                    .query(Integer.class)
                    .single()
                > 0);
  }

  @Override
  public void forget(MailAddress address) {
    JdbcMailSubscriptionStore.run(
        () ->
            jdbc.sql("delete from delivery where platform = 'mail' and recipient_id = ?")
                .param(address.value())
                .update());
  }
}
