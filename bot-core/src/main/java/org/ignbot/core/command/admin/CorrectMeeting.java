package org.ignbot.core.command.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.letter.SittingTimes;
import org.ignbot.core.reply.Reply;

/**
 * An admin's correction of one meeting, published and kept in its history: what {@code cancel} and
 * {@code move} do, for typed callers.
 */
public interface CorrectMeeting {
  /**
   * Refuses an id no meeting has, with the line that says how to find the ids: checked before the
   * rest of a correction is read, so that a wrong id is named first.
   */
  void requireMeeting(String meetingId);

  /** Cancels the meeting {@code meetingId}, with the reason the notice gives, if any. */
  Reply cancel(Invocation call, String meetingId, Optional<String> reason);

  /**
   * Moves the meeting {@code meetingId} to {@code day}, at {@code times} in New York (its own times
   * when empty); a cancelled meeting moved is held after all.
   */
  Reply move(Invocation call, String meetingId, LocalDate day, List<SittingTimes.Range> times);
}
