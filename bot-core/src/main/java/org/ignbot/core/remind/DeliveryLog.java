package org.ignbot.core.remind;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.ignbot.core.notify.Recipient;

/**
 * Port: one record per message key, shared by every instance. Claiming a key succeeds for one
 * sender at a time, and never once the key is settled: a settled message is never sent again.
 */
public interface DeliveryLog {
  /** How {@link #retry} details start for a refusal with Retry-After (nothing reached anyone). */
  String RATE_LIMITED = "rate limited: ";

  /** Where a message stands. */
  enum Status {
    /** Claimed by a sender; not yet known to have arrived. */
    SENDING,
    /** Failed, to be tried again. */
    RETRY,
    SENT,
    REFUSED,
    /** Not sent: its sitting had started, or it became too old. */
    DROPPED;

    public boolean settled() {
      return this == SENT || this == REFUSED || this == DROPPED;
    }
  }

  /**
   * The outcome of a claim: granted with its attempt number, or why not; with what the last attempt
   * left ({@code detail}), so that an attempt whose outcome is unknown can be checked first.
   */
  record Claim(
      boolean granted, int attempt, Status status, Instant updatedAt, Optional<String> detail) {
    /** Whether an earlier attempt may have reached the platform: anything but a rate limit. */
    public boolean mayHaveArrived() {
      return attempt > 1 && !detail.map(d -> d.startsWith(RATE_LIMITED)).orElse(false);
    }
  }

  Optional<Status> status(String key);

  /** Of these keys, those settled (sent, refused, dropped). */
  Set<String> settled(Collection<String> keys);

  /**
   * Claims {@code key} for one send at {@code now}. A key already being sent is granted again only
   * when its claim is older than {@code staleBefore}: its sender died, and the message may or may
   * not have left.
   */
  Claim claim(String key, Recipient recipient, Instant now, Instant staleBefore);

  /** Records a final outcome. */
  void settle(String key, Status status, boolean late, String detail, Instant now);

  /** Records a settled outcome for a key that may never have been claimed (dropped unsent). */
  void drop(String key, Recipient recipient, String detail, Instant now);

  /** Records a failed attempt, to be tried again. */
  void retry(String key, String detail, Instant now);
}
