package org.ignbot.core.calendar;

import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/** An .ics file with the link of its feed: what {@code ics} answers, for typed callers. */
public interface CalendarFor {
  /** Every meeting, or one cluster's: the file and the link to subscribe to. */
  Reply calendar(Invocation call, CalendarFeed feed);

  /** One meeting by id; an unknown id throws with the ids it may have meant. */
  Reply meetingCalendar(Invocation call, String meetingId);

  /**
   * The meetings on the cluster {@code words} name ({@code veto}, {@code size methods}); words that
   * name none throw with the clusters there are.
   */
  Reply topicCalendar(Invocation call, String words);
}
