package org.ignbot.core.remind;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.ignbot.core.notify.Recipient;

/** The delivery log in memory, with the JDBC one's claim rules, for fast delivery tests. */
final class InMemoryDeliveryLog implements DeliveryLog {
  record Row(Status status, int attempts, boolean late, String detail, Instant updatedAt) {}

  final Map<String, Row> rows = new ConcurrentHashMap<>();

  /** How many times {@link #status} was asked. */
  final java.util.concurrent.atomic.AtomicInteger statusReads =
      new java.util.concurrent.atomic.AtomicInteger();

  /** The runner's planned entries this log removes with an outcome, as one on PostgreSQL does. */
  final Set<Carrier> carriers = ConcurrentHashMap.newKeySet();

  /** Retry-After windows in the shared store, read with a first claim as PostgreSQL's log does. */
  final Map<String, Instant> sharedWindows = new ConcurrentHashMap<>();

  @Override
  public Optional<Status> status(String key) {
    statusReads.incrementAndGet();
    return Optional.ofNullable(rows.get(key)).map(Row::status);
  }

  @Override
  public Set<String> settled(Collection<String> keys) {
    return keys.stream()
        .filter(key -> status(key).map(Status::settled).orElse(false))
        .collect(Collectors.toSet());
  }

  @Override
  public synchronized Claim claim(
      String key, Recipient recipient, Instant now, Instant staleBefore) {
    Row row = rows.get(key);
    if (row == null) {
      rows.put(key, new Row(Status.SENDING, 1, false, null, now));
      return new Claim(true, 1, Status.SENDING, now, Optional.empty());
    }
    boolean granted =
        row.status() == Status.RETRY
            || (row.status() == Status.SENDING && row.updatedAt().isBefore(staleBefore));
    if (granted) {
      rows.put(key, new Row(Status.SENDING, row.attempts() + 1, false, row.detail(), now));
    }
    Row after = rows.get(key);
    return new Claim(
        granted,
        after.attempts(),
        after.status(),
        after.updatedAt(),
        Optional.ofNullable(after.detail()));
  }

  @Override
  public synchronized Claim claim(
      String key, Recipient recipient, Instant now, Instant staleBefore, String scope) {
    Claim claim = claim(key, recipient, now, staleBefore);
    if (!claim.granted() || claim.attempt() > 1) {
      return claim;
    }
    Optional<Instant> closedUntil = Optional.ofNullable(sharedWindows.get(scope));
    return new Claim(
        true,
        1,
        claim.status(),
        claim.updatedAt(),
        claim.detail(),
        Optional.of(new RetryAfterWindows.Shared(closedUntil)));
  }

  @Override
  public synchronized void settle(
      String key, Status status, boolean late, String detail, Instant now) {
    rows.computeIfPresent(key, (k, row) -> new Row(status, row.attempts(), late, detail, now));
  }

  @Override
  public synchronized boolean settle(
      String key, Status status, boolean late, String detail, Instant now, Carrier carrier) {
    settle(key, status, late, detail, now);
    return carriers.remove(carrier);
  }

  @Override
  public synchronized void drop(String key, Recipient recipient, String detail, Instant now) {
    Claim claim = claim(key, recipient, now, now.plusSeconds(1));
    if (claim.granted() || !claim.status().settled()) {
      settle(key, Status.DROPPED, false, detail, now);
    }
  }

  @Override
  public synchronized void retry(String key, String detail, Instant now) {
    rows.computeIfPresent(
        key, (k, row) -> new Row(Status.RETRY, row.attempts(), false, detail, now));
  }
}
