package org.ignbot.core.calendar;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.ignbot.core.reply.card.CardField;
import org.ignbot.core.reply.card.MeetingCard;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.VenueTime;

/**
 * Writes meetings as an iCalendar object (RFC 5545, METHOD:PUBLISH) that Outlook, Google and Apple
 * Calendar accept and keep current, and one sitting as an e-mail invitation (iMIP, METHOD:REQUEST
 * or CANCEL) with the same UID and SEQUENCE.
 *
 * <p>Each sitting is one event whose UID never changes ({@code <meeting id>-<sitting
 * number>@ign-bot}) and whose SEQUENCE follows the meeting's revision, so a moved or cancelled
 * meeting updates the event calendars already have. A meeting announced by date only is one all-day
 * event with the UID of its first sitting, so that it becomes that sitting once times are
 * announced.
 */
public final class IcsWriter {
  /** The media type of what this writes. */
  public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

  /** How often subscribers are asked to fetch the feed again. */
  public static final Duration REFRESH = Duration.ofHours(1);

  static final String PRODID = "-//IGN Bot//IGN schedule//EN";
  static final String UID_DOMAIN = "ign-bot";
  private static final String LINE = "\n";
  private static final String BEGIN = "BEGIN:VCALENDAR\r\n";
  private static final String END = "END:VCALENDAR\r\n";
  private static final String BEGIN_EVENT = "BEGIN:VEVENT\r\n";
  private static final String END_EVENT = "END:VEVENT\r\n";
  private static final String DTSTART_NEW_YORK = "DTSTART;TZID=" + VenueTime.ZONE.getId();
  private static final String DTEND_NEW_YORK = "DTEND;TZID=" + VenueTime.ZONE.getId();

  private final Clock clock;
  private final Supplier<FeedLinks> links;
  private final URI organizerAddress;
  // New York's VTIMEZONE and the organizer are made at the first calendar written: loading
  // iCal4j costs a second of start-up that a one-shot `ask` never needs.
  private volatile Ical ical;

  /** The iCal4j texts every calendar shares. */
  private record Ical(String newYorkText, String organizerText) {}

  /**
   * @param organizerEmail the address calendars show as the events' organizer (PUBLISH requires
   *     one); replies are not expected
   */
  public IcsWriter(Clock clock, FeedLinks links, String organizerEmail) {
    this(clock, fixed(links), organizerEmail);
  }

  /**
   * @param links where the events' {@code URL:} points, asked at each writing: the address the bot
   *     serves may be known only once its web server listens
   */
  public IcsWriter(Clock clock, Supplier<FeedLinks> links, String organizerEmail) {
    this.clock = Objects.requireNonNull(clock);
    this.links = Objects.requireNonNull(links);
    // Checked now (a bad address stops start-up), used at the first calendar.
    this.organizerAddress = URI.create("mailto:" + Objects.requireNonNull(organizerEmail));
  }

  private Ical ical() {
    Ical made = ical;
    if (made == null) {
      synchronized (this) {
        made = ical;
        if (made == null) {
          VTimeZone newYork =
              new VenueZoneRegistry().getTimeZone(VenueTime.ZONE.getId()).getVTimeZone();
          made =
              new Ical(
                  LineFolder.fold(newYork.toString()),
                  LineFolder.fold(organizer(organizerAddress).toString()));
          ical = made;
        }
      }
    }
    return made;
  }

  private static Supplier<FeedLinks> fixed(FeedLinks links) {
    Objects.requireNonNull(links);
    return () -> links;
  }

  private static Organizer organizer(URI address) {
    return new Organizer(new ParameterList(List.of(new Cn("IGN Bot"))), address);
  }

  /** The stable UID of a meeting's sitting, numbered from 1 in time order. */
  public static String uid(Meeting meeting, int sittingNumber) {
    return meeting.id() + "-" + sittingNumber + "@" + UID_DOMAIN;
  }

  /**
   * One sitting as an iMIP message (RFC 6047) for one person: {@code METHOD:REQUEST}, or {@code
   * METHOD:CANCEL} once the meeting is cancelled, with the sitting's UID and SEQUENCE as the feeds
   * have them, {@code organizerEmail} (the bot's sender address) as ORGANIZER, {@code
   * attendeeEmail} as the one ATTENDEE (no reply asked), and an alarm {@code alarms} before.
   *
   * @param sittingNumber numbered from 1; 1 for a meeting announced by date only
   */
  public String invitation(
      Meeting meeting,
      int sittingNumber,
      String organizerEmail,
      String attendeeEmail,
      List<Duration> alarms) {
    if (sittingNumber < 1 || sittingNumber > Math.max(1, meeting.sittings().size())) {
      throw new IllegalArgumentException(
          "meeting " + meeting.id() + " has no sitting " + sittingNumber);
    }
    Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    StringBuilder out = new StringBuilder(4096);
    out.append(BEGIN);
    LineFolder.fold(
        new PropertyList(
                List.of(
                    new ProdId(PRODID),
                    ImmutableVersion.VERSION_2_0,
                    ImmutableCalScale.GREGORIAN,
                    invitationMethod(meeting)))
            .toString(),
        out);
    out.append(ical().newYorkText());
    Attendee attendee =
        new Attendee(
            new ParameterList(
                List.of(
                    new Cn(attendeeEmail),
                    Role.REQ_PARTICIPANT,
                    PartStat.NEEDS_ACTION,
                    Rsvp.FALSE)),
            URI.create("mailto:" + attendeeEmail));
    String people =
        LineFolder.fold(organizer(URI.create("mailto:" + organizerEmail)).toString())
            + LineFolder.fold(attendee.toString());
    MeetingCard card = MeetingCard.of(meeting);
    String common = common(card, ContentLines.utc(stamp), links.get(), people);
    ContentLines lines = new ContentLines(out);
    if (meeting.isDateOnly()) {
      dateOnlyEvent(lines, card, common);
    }
    for (CardField field : card.fields()) {
      if (field instanceof CardField.TimeRange range && range.number() == sittingNumber) {
        sittingEvent(lines, card, range, common, alarms);
      }
    }
    return withoutControlCharacters(out.append(END).toString());
  }

  /** {@code REQUEST} for a meeting that takes place, {@code CANCEL} for a cancelled one. */
  public static Method invitationMethod(Meeting meeting) {
    return meeting.isCancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST;
  }

  /** The calendar without alarms: the public feeds. */
  public String write(CalendarFeed feed, List<Meeting> meetings) {
    return write(feed, meetings, List.of());
  }

  /**
   * The calendar, with an alarm {@code alarms} before each sitting that still takes place: personal
   * downloads.
   */
  public String write(CalendarFeed feed, List<Meeting> meetings, List<Duration> alarms) {
    return write(feed, meetings, meeting -> alarms, links.get());
  }

  /** The calendar, each meeting's sittings with their own alarms (those of the subscriptions). */
  public String write(
      CalendarFeed feed, List<Meeting> meetings, Function<Meeting, List<Duration>> alarmsOf) {
    return write(feed, meetings, alarmsOf, links.get());
  }

  /** The calendar with events whose {@code URL:} starts with {@code links}: web answers. */
  public String write(
      CalendarFeed feed, List<Meeting> meetings, List<Duration> alarms, FeedLinks links) {
    return write(feed, meetings, meeting -> alarms, links);
  }

  private String write(
      CalendarFeed feed,
      List<Meeting> meetings,
      Function<Meeting, List<Duration>> alarmsOf,
      FeedLinks links) {
    Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    StringBuilder out = new StringBuilder(4096 + meetings.size() * 2048);
    // The calendar's own properties are written by iCal4j, once per feed; the events, thousands,
    // are written as text directly (ContentLines).
    out.append(BEGIN);
    LineFolder.fold(calendarProperties(feed).toString(), out);
    // Always present: it defines the TZID the events use, and keeps an empty feed valid.
    out.append(ical().newYorkText());
    ContentLines lines = new ContentLines(out);
    String stampText = ContentLines.utc(stamp);
    for (Meeting meeting : meetings) {
      MeetingCard card = MeetingCard.of(meeting);
      String common = common(card, stampText, links, ical().organizerText());
      if (meeting.isDateOnly()) {
        dateOnlyEvent(lines, card, common);
      }
      List<Duration> alarms = meeting.sittings().isEmpty() ? List.of() : alarmsOf.apply(meeting);
      for (CardField field : card.fields()) {
        if (field instanceof CardField.TimeRange range) {
          sittingEvent(lines, card, range, common, alarms);
        }
      }
    }
    return withoutControlCharacters(out.append(END).toString());
  }

  /**
   * The last check before a calendar leaves: one control character other than the CRLF line ends
   * makes strict readers (libical) refuse the whole feed, so such a calendar is never written.
   */
  static String withoutControlCharacters(String calendar) {
    int length = calendar.length();
    for (int i = 0; i < length; i++) {
      char c = calendar.charAt(i);
      if (c >= 0x20 && (c < 0x7f || c > 0x9f)) {
        continue;
      }
      if (c == '\r' && i + 1 < length && calendar.charAt(i + 1) == '\n') {
        i++;
        continue;
      }
      throw new IllegalStateException(
          "a calendar would carry control character U+%04X at %d".formatted((int) c, i));
    }
    return calendar;
  }

  private PropertyList calendarProperties(CalendarFeed feed) {
    List<Property> properties = new ArrayList<>();
    properties.add(new ProdId(PRODID));
    properties.add(ImmutableVersion.VERSION_2_0);
    properties.add(ImmutableCalScale.GREGORIAN);
    properties.add(ImmutableMethod.PUBLISH);
    properties.add(new Name(feed.name()));
    properties.add(new XProperty("X-WR-CALNAME", feed.name()));
    properties.add(
        new XProperty(
            "X-WR-CALDESC",
            "Meetings of the Intergovernmental Negotiations on Security Council reform,"
                + " from the Co-Chairs' letters. New York time."));
    properties.add(new XProperty("X-WR-TIMEZONE", VenueTime.ZONE.getId()));
    properties.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
    properties.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
    return new PropertyList(properties);
  }

  private void sittingEvent(
      ContentLines lines,
      MeetingCard card,
      CardField.TimeRange range,
      String common,
      List<Duration> alarms) {
    Meeting meeting = card.meeting();
    Sitting sitting = range.sitting();
    lines.raw(BEGIN_EVENT).line("UID", uid(meeting, range.number())).raw(common);
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

  private void dateOnlyEvent(ContentLines lines, MeetingCard card, String common) {
    Meeting meeting = card.meeting();
    LocalDate day = meeting.date();
    lines.raw(BEGIN_EVENT).line("UID", uid(meeting, 1)).raw(common);
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
  private String common(MeetingCard card, String stamp, FeedLinks links, String people) {
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
