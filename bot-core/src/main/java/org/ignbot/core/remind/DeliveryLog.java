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
   * left ({@code detail}), so that an attempt whose outcome is unknown can be checked first; and
   * the recipient's shared Retry-After window when it was read in the same round trip.
   */
  record Claim(
      boolean granted,
      int attempt,
      Status status,
      Instant updatedAt,
      Optional<String> detail,
      Optional<RetryAfterWindows.Shared> window) {
    /** A claim without the window: it is read before the request. */
    public Claim(
        boolean granted, int attempt, Status status, Instant updatedAt, Optional<String> detail) {
      this(granted, attempt, status, updatedAt, detail, Optional.empty());
    }

    /** Whether an earlier attempt may have reached the platform: anything but a rate limit. */
    public boolean mayHaveArrived() {
      return attempt > 1 && !detail.map(d -> d.startsWith(RATE_LIMITED)).orElse(false);
    }
  }

  /**
   * The planned entry that carried a message to its sender: db-scheduler's task row, by task name,
   * instance and the version it was picked at. A log kept in the same database removes it with the
   * final outcome, in one write, so that the runner need not delete it in a write of its own.
   */
  record Carrier(String task, String instance, long version) {}

  Optional<Status> status(String key);

  /** Of these keys, those settled (sent, refused, dropped). */
  Set<String> settled(Collection<String> keys);

  /**
   * Claims {@code key} for one send at {@code now}. A key already being sent is granted again only
   * when its claim is older than {@code staleBefore}: its sender died, and the message may or may
   * not have left.
   */
  Claim claim(String key, Recipient recipient, Instant now, Instant staleBefore);

  /**
   * Claims {@code key} as {@link #claim(String, Recipient, Instant, Instant)} does and, where the
   * log can, reads the Retry-After window of {@code scope} in the same round trip (the claim's
   * {@code window}); by default the claim alone.
   */
  default Claim claim(
      String key, Recipient recipient, Instant now, Instant staleBefore, String scope) {
    return claim(key, recipient, now, staleBefore);
  }

  /** Records a final outcome. */
  void settle(String key, Status status, boolean late, String detail, Instant now);

  /**
   * Records a final outcome and removes {@code carrier} in the same write where this log can;
   * whether it removed it (if not, because the log cannot or another instance took the entry over,
   * the runner removes it as it would otherwise).
   */
  default boolean settle(
      String key, Status status, boolean late, String detail, Instant now, Carrier carrier) {
    settle(key, status, late, detail, now);
    return false;
  }

  /** Records a settled outcome for a key that may never have been claimed (dropped unsent). */
  void drop(String key, Recipient recipient, String detail, Instant now);

  /** Records a failed attempt, to be tried again. */
  void retry(String key, String detail, Instant now);
}
