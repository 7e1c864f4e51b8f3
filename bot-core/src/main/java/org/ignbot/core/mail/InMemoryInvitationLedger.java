package org.ignbot.core.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The invitations sent, in memory: tests and runs without a database (one instance). */
public final class InMemoryInvitationLedger implements InvitationLedger {
  private enum Status {
    SENDING,
    RETRY,
    SENT,
    REFUSED
  }

  private record Row(MailAddress address, Status status) {}

  private final Map<String, Row> rows = new LinkedHashMap<>();

  @Override
  public synchronized Set<String> settled(Collection<String> keys) {
    return keys.stream()
        .filter(
            key ->
                rows.containsKey(key)
                    && (rows.get(key).status() == Status.SENT
                        || rows.get(key).status() == Status.REFUSED))
        .collect(Collectors.toSet());
  }

  @Override
  public synchronized boolean claim(String key, MailAddress address, Instant now) {
    Row row = rows.get(key);
    if (row != null && row.status() != Status.RETRY) {
      return false;
    }
    rows.put(key, new Row(address, Status.SENDING));
    return true;
  }

  @Override
  public synchronized void sent(String key, String messageId, Instant now) {
    rows.computeIfPresent(key, (k, row) -> new Row(row.address(), Status.SENT));
  }

  @Override
  public synchronized void retry(String key, String reason, Instant now) {
    rows.computeIfPresent(key, (k, row) -> new Row(row.address(), Status.RETRY));
  }

  @Override
  public synchronized void refused(String key, String reason, Instant now) {
    rows.computeIfPresent(key, (k, row) -> new Row(row.address(), Status.REFUSED));
  }

  @Override
  public synchronized boolean invited(String uid, MailAddress address) {
    return rows.entrySet().stream()
        .anyMatch(
            e ->
                e.getKey().startsWith("mail:" + uid + ":")
                    && e.getValue().address().equals(address)
                    && e.getValue().status() == Status.SENT);
  }

  @Override
  public synchronized void forget(MailAddress address) {
    rows.values().removeIf(row -> row.address().equals(address));
  }
}
