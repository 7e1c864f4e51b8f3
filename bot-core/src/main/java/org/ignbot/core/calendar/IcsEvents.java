package org.ignbot.core.calendar;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import org.ignbot.core.reply.card.CardField;
import org.ignbot.core.reply.card.MeetingCard;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.VenueTime;

/**
 * The events {@link IcsWriter} writes, one per sitting (or one all-day event for a meeting
 * announced by date only): their lines as text, their summary and description from the meeting's
 * card, their alarms.
 */
final class IcsEvents {
  private static final String LINE = "\n";
  private static final String BEGIN_EVENT = "BEGIN:VEVENT\r\n";
  private static final String END_EVENT = "END:VEVENT\r\n";
  private static final String DTSTART_NEW_YORK = "DTSTART;TZID=" + VenueTime.ZONE.getId();
  private static final String DTEND_NEW_YORK = "DTEND;TZID=" + VenueTime.ZONE.getId();

  private IcsEvents() {}

  static void sitting(
      ContentLines lines,
      MeetingCard card,
      CardField.TimeRange range,
      String common,
      List<Duration> alarms) {
    Meeting meeting = card.meeting();
    Sitting sitting = range.sitting();
    lines.raw(BEGIN_EVENT).line("UID", IcsWriter.uid(meeting, range.number())).raw(common);
    lines
        .line(DTSTART_NEW_YORK, ContentLines.local(sitting.start().toLocalDateTime()))
        .line(DTEND_NEW_YORK, ContentLines.local(sitting.end().toLocalDateTime()));
    String summary = summary(meeting, sitting);
    lines.text("SUMMARY", summary).text("DESCRIPTION", description(card, range.number()));
    if (meeting.isCancelled()) {
      lines.line("STATUS", "CANCELLED").line("TRANSP", "TRANSPARENT");
    } else {
      lines
          .line("STATUS", sitting.spillOver() ? "TENTATIVE" : "CONFIRMED")
          .line("TRANSP", "OPAQUE");
      for (Duration before : alarms) {
        StringBuilder alarm = new StringBuilder();
        LineFolder.fold(alarm(summary, sitting, before).toString(), alarm);
        lines.raw(alarm.toString());
      }
    }
    lines.raw(END_EVENT);
  }

  static void dateOnly(ContentLines lines, MeetingCard card, String common) {
    Meeting meeting = card.meeting();
    LocalDate day = meeting.date();
    lines.raw(BEGIN_EVENT).line("UID", IcsWriter.uid(meeting, 1)).raw(common);
    lines
        .line("DTSTART;VALUE=DATE", ContentLines.date(day))
        .line("DTEND;VALUE=DATE", ContentLines.date(day.plusDays(1)))
        .text(
            "SUMMARY",
            (meeting.isCancelled() ? "CANCELLED: " : "")
                + meeting.title()
                + " (time not announced)")
        .text("DESCRIPTION", description(card, 0))
        .line("STATUS", meeting.isCancelled() ? "CANCELLED" : "CONFIRMED")
        // The day is known, the hours are not: do not show the whole day as busy.
        .line("TRANSP", "TRANSPARENT")
        .raw(END_EVENT);
  }

  /**
   * The lines every event of a meeting carries after its UID: stamp, sequence, last change, {@code
   * people} (the organizer, and the attendee of an invitation), location, categories and the link
   * to the meeting on the page.
   */
  static String common(MeetingCard card, String stamp, FeedLinks links, String people) {
    Meeting meeting = card.meeting();
    StringBuilder text = new StringBuilder(512);
    ContentLines lines = new ContentLines(text);
    lines.line("DTSTAMP", stamp).line("SEQUENCE", String.valueOf(meeting.revision() - 1));
    meeting
        .updated()
        .ifPresent(
            updated ->
                lines.line(
                    "LAST-MODIFIED", ContentLines.utc(updated.truncatedTo(ChronoUnit.SECONDS))));
    lines.raw(people);
    for (CardField field : card.fields()) {
      if (field instanceof CardField.Text value) {
        if (value.kind() == CardField.Kind.VENUE && value.announced()) {
          lines.text("LOCATION", value.value() + ", New York");
        } else if (value.kind() == CardField.Kind.CLUSTERS) {
          lines.line(
              "CATEGORIES",
              value.values().stream().map(EscapedText::escape).collect(Collectors.joining(",")));
        }
      }
    }
    lines.line("URL", URI.create(links.page() + "#" + meeting.id()).toString());
    return text.toString();
  }

  private static String summary(Meeting meeting, Sitting sitting) {
    StringBuilder text = new StringBuilder();
    if (meeting.isCancelled()) {
      text.append("CANCELLED: ");
    }
    text.append(meeting.title());
    if (meeting.sittings().size() > 1) {
      text.append(" (").append(sitting.partOfDay().toLowerCase(Locale.ROOT)).append(')');
    }
    if (sitting.spillOver()) {
      text.append(" — possible spill-over");
    }
    return text.toString();
  }

  /**
   * The card as the event's text: the status, this sitting (or that no time was announced), topics,
   * clusters, notes, the letter, and the meeting's id and revision. {@code number} is the
   * sitting's, from 1; 0 for the day of a meeting announced by date only.
   */
  static String description(MeetingCard card, int number) {
    List<String> lines = new ArrayList<>();
    if (card.isCancelled()) {
      lines.add("This meeting is CANCELLED.");
    }
    for (CardField field : card.fields()) {
      if (field instanceof CardField.TimeRange range) {
        if (range.number() == number) {
          lines.add(
              range.label()
                  + " sitting, "
                  + TimeFormat.venueRange(range.sitting())
                  + " New York time"
                  + (range.count() > 1
                      ? " (sitting " + range.number() + " of " + range.count() + ")"
                      : "")
                  + ".");
          if (range.spillOver()) {
            lines.add("Reserved for possible spill-over: it takes place only if needed.");
          }
        }
      } else if (field instanceof CardField.Text text) {
        switch (text.kind()) {
          case TIME -> lines.add("Time and venue were not announced; only the day is known.");
          case TOPICS, CLUSTERS, NOTE -> lines.add(text.label() + ": " + text.value());
          case SOURCE -> lines.add("Source: " + text.value() + ".");
          case ID ->
              lines.add(
                  "Meeting " + text.value() + ", revision " + card.meeting().revision() + ".");
          default -> {
            // The venue is the event's LOCATION.
          }
        }
      }
    }
    return String.join(LINE, lines);
  }

  private static VAlarm alarm(String summary, Sitting sitting, Duration before) {
    List<Property> properties = new ArrayList<>();
    properties.add(ImmutableAction.DISPLAY);
    properties.add(new Trigger(before.negated()));
    properties.add(
        new EscapedText(
            Property.DESCRIPTION,
            summary + " at " + TimeFormat.venueRange(sitting) + " New York time"));
    return new VAlarm(new PropertyList(properties));
  }
}
