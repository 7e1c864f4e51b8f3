package org.ignbot.core.command.subscription;

import org.ignbot.core.command.Invocation;
import org.ignbot.core.digest.Frequency;
import org.ignbot.core.reply.Reply;

/**
 * Which digest to get: what {@code digest [weekly|daily] [here]} does, for typed callers (Discord's
 * frequency option), beside {@link StopDigest}.
 */
public interface ChooseDigest {
  /** Says which digest the asker or, {@code here}, the channel they ask in gets. */
  Reply showDigest(Invocation call, boolean here);

  /** Starts (or changes) the asker's digest or, {@code here}, the channel's (admins only). */
  Reply startDigest(Invocation call, Frequency frequency, boolean here);

  /** The frequency {@code word} names, or one line saying what to try. */
  static Frequency frequency(String word) {
    return DigestCommand.frequency(word, "`digest weekly`, `digest daily` or `digest off`");
  }
}
