package org.ignbot.core.reply;

import java.util.Objects;
import org.ignbot.core.reply.card.MeetingCard;
import org.ignbot.core.schedule.Meeting;

/** A meeting in a reply, and how much of it to show. */
public record MeetingView(Meeting meeting, Detail detail) {
  public enum Detail {
    /** One line: day, times, title, id. */
    LINE,
    /** Title, day, each sitting, venue, topics, clusters, notes, source. */
    CARD,
    /** The card, with the meeting's id, revision and source notes. */
    FULL
  }

  public MeetingView {
    Objects.requireNonNull(meeting);
    Objects.requireNonNull(detail);
  }

  /** The meeting's card, in full for {@link Detail#FULL}. */
  public MeetingCard card() {
    return detail == Detail.FULL ? MeetingCard.full(meeting) : MeetingCard.of(meeting);
  }
}
