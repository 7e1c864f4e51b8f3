package org.ignbot.core.command.subscription;

import java.time.Duration;
import java.util.List;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/** A reminder before one meeting: what {@code remind} does, for typed callers ("Remind me"). */
public interface RemindOfMeeting {
  /**
   * Reminds the asker by direct message {@code leadTimes} before each sitting of the meeting {@code
   * meetingId} (the defaults when empty); a meeting cancelled, begun or unknown is one line.
   */
  Reply remind(Invocation call, String meetingId, List<Duration> leadTimes);
}
