package org.ignbot.core.command.subscription;

import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/** Stopping the digest: what {@code digest off} does, for typed callers ("Stop the digest"). */
public interface StopDigest {
  /** Stops the asker's digest or, {@code here}, the channel's they ask in (admins only). */
  Reply stopDigest(Invocation call, boolean here);
}
