package org.ignbot.core.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.user.UserKey;

/**
 * Invitations to one address: every meeting or one cluster's, with the lead times its calendar
 * alarms take. Until {@code confirmedAt} nothing but the confirmation message goes to the address;
 * the code that confirms it is kept only as its hash, with when it expires.
 *
 * @param owner who subscribed the address (their {@code forget me} deletes it)
 * @param unsubscribeToken the secret in the address's unsubscribe link
 */
public record MailSubscription(
    MailAddress address,
    UserKey owner,
    Optional<Cluster> cluster,
    List<Duration> leadTimes,
    Instant since,
    Optional<Instant> confirmedAt,
    Optional<PendingCode> code,
    String unsubscribeToken,
    Optional<String> pausedBecause) {

  /** A confirmation code waiting to be used: its hash, when it was sent, when it expires. */
  public record PendingCode(String hash, Instant sentAt, Instant expiresAt) {
    public PendingCode {
      Objects.requireNonNull(hash);
      Objects.requireNonNull(sentAt);
      Objects.requireNonNull(expiresAt);
    }
  }

  public MailSubscription {
    Objects.requireNonNull(address);
    Objects.requireNonNull(owner);
    Objects.requireNonNull(since);
    Objects.requireNonNull(confirmedAt);
    Objects.requireNonNull(code);
    Objects.requireNonNull(unsubscribeToken);
    Objects.requireNonNull(pausedBecause);
    // The chat subscription checks the lead times and says what is followed.
    leadTimes = asSubscription(address, cluster, leadTimes, since).leadTimes();
  }

  private static Subscription asSubscription(
      MailAddress address, Optional<Cluster> cluster, List<Duration> leadTimes, Instant since) {
    return new Subscription(recipient(address), cluster, leadTimes, since);
  }

  /** Where the mail adapter sends to this address. */
  public static Recipient recipient(MailAddress address) {
    return new Recipient(
        MailMessage.PLATFORM, MailMessage.PLATFORM, Recipient.Kind.DIRECT_MESSAGE, address.value());
  }

  public boolean isConfirmed() {
    return confirmedAt.isPresent();
  }

  /** Whether invitations go out: confirmed, and not paused after a refusal. */
  public boolean isActive() {
    return isConfirmed() && pausedBecause.isEmpty();
  }

  public boolean follows(Meeting meeting) {
    return asSubscription(address, cluster, leadTimes, since).follows(meeting);
  }

  /** "every IGN meeting" or "meetings on the question of the veto". */
  public String what() {
    return asSubscription(address, cluster, leadTimes, since).what();
  }

  /** Confirmed at {@code now}: the code is used up. */
  public MailSubscription confirmed(Instant now) {
    return new MailSubscription(
        address,
        owner,
        cluster,
        leadTimes,
        since,
        Optional.of(now),
        Optional.empty(),
        unsubscribeToken,
        Optional.empty());
  }

  /** Paused: the mail server refused the address for good. */
  public MailSubscription paused(String reason) {
    return new MailSubscription(
        address,
        owner,
        cluster,
        leadTimes,
        since,
        confirmedAt,
        code,
        unsubscribeToken,
        Optional.of(reason));
  }
}
