package org.ignbot.core.command.subscription;

import org.ignbot.core.command.Invocation;
import org.ignbot.core.digest.Frequency;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.reply.Reply;

/**
 * The digest by e-mail, to an address the asker subscribed and confirmed: what {@code digest email
 * <address> [weekly|daily|off]} does, for typed callers (Discord's {@code /ign digest-email}).
 */
public interface DigestByEmail {
  /** Says which digest {@code address} gets. */
  Reply showEmailDigest(Invocation call, MailAddress address);

  /** Starts (or changes) {@code address}'s digest, timed in the asker's zone. */
  Reply startEmailDigest(Invocation call, MailAddress address, Frequency frequency);

  /** Stops {@code address}'s digest. */
  Reply stopEmailDigest(Invocation call, MailAddress address);

  /** The frequency {@code word} names, or one line saying what to try for {@code address}. */
  static Frequency frequency(MailAddress address, String word) {
    return DigestCommand.frequency(word, "`digest email " + address + " weekly`, `daily` or `off`");
  }
}
