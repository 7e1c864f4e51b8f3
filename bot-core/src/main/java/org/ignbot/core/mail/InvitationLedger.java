package org.ignbot.core.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Port: the record of invitations sent, one key per sitting, revision and address, shared by every
 * instance: a key is claimed before its message is sent, and a settled key is never sent again.
 */
public interface InvitationLedger {
  /** Of these keys, those settled (sent or refused). */
  Set<String> settled(Collection<String> keys);

  /**
   * Claims {@code key} for one send. False when it is settled, or claimed by another sender less
   * than the stale time ago.
   */
  boolean claim(String key, MailAddress address, Instant now);

  void sent(String key, String messageId, Instant now);

  /** A passing failure: the key may be claimed again. */
  void retry(String key, String reason, Instant now);

  void refused(String key, String reason, Instant now);

  /** Whether an invitation to the event {@code uid} was ever sent to {@code address}. */
  boolean invited(String uid, MailAddress address);

  /** Deletes the record of what was sent to {@code address}. */
  void forget(MailAddress address);
}
