package org.ignbot.core.command.read;

import java.time.ZoneId;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/** The asker's own time zone: what {@code tz [zone]} answers, for typed callers. */
public interface SetTimeZone {
  /** The zone the asker has set, or how to set one. */
  Reply showZone(Invocation call);

  /** Keeps {@code zone} as the asker's; answers with what it changes. */
  Reply setZone(Invocation call, ZoneId zone);
}
