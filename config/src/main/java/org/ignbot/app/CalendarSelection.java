package org.ignbot.app;

import org.ignbot.core.calendar.CalendarFeed;
import org.ignbot.core.calendar.CalendarFor;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/**
 * Which calendar {@code ics} on the command line writes ({@code --all}, {@code --meeting <id>} or
 * {@code --topic <cluster>}): typed, so that the one-shot asks the {@link CalendarFor} use case
 * itself instead of making {@code ics} text for the engine to parse back.
 */
public sealed interface CalendarSelection {
  /** This calendar, asked of {@code calendars}; a selection it cannot make throws one line. */
  Reply of(CalendarFor calendars, Invocation call);

  /** {@code --all}: every meeting. */
  record All() implements CalendarSelection {
    @Override
    public Reply of(CalendarFor calendars, Invocation call) {
      return calendars.calendar(call, CalendarFeed.all());
    }
  }

  /** {@code --meeting <id>}: one meeting, by the id {@code schedule} shows. */
  record Meeting(String id) implements CalendarSelection {
    @Override
    public Reply of(CalendarFor calendars, Invocation call) {
      return calendars.meetingCalendar(call, id);
    }
  }

  /** {@code --topic <cluster>}: the meetings on the cluster these words name. */
  record Topic(String cluster) implements CalendarSelection {
    @Override
    public Reply of(CalendarFor calendars, Invocation call) {
      return calendars.topicCalendar(call, cluster);
    }
  }
}
