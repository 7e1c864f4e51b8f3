package org.ignbot.core.calendar;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.ignbot.core.reply.card.CardField;
import org.ignbot.core.reply.card.MeetingCard;
import org.ignbot.core.schedule.Meeting;
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
  private static final String BEGIN = "BEGIN:VCALENDAR\r\n";
  private static final String END = "END:VCALENDAR\r\n";

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
    String common = IcsEvents.common(card, ContentLines.utc(stamp), links.get(), people);
    ContentLines lines = new ContentLines(out);
    if (meeting.isDateOnly()) {
      IcsEvents.dateOnly(lines, card, common);
    }
    for (CardField field : card.fields()) {
      if (field instanceof CardField.TimeRange range && range.number() == sittingNumber) {
        IcsEvents.sitting(lines, card, range, common, alarms);
      }
    }
    return ContentLines.withoutControlCharacters(out.append(END).toString());
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
    LineFolder.fold(FeedHeader.properties(feed).toString(), out);
    // Always present: it defines the TZID the events use, and keeps an empty feed valid.
    out.append(ical().newYorkText());
    ContentLines lines = new ContentLines(out);
    String stampText = ContentLines.utc(stamp);
    for (Meeting meeting : meetings) {
      MeetingCard card = MeetingCard.of(meeting);
      String common = IcsEvents.common(card, stampText, links, ical().organizerText());
      if (meeting.isDateOnly()) {
        IcsEvents.dateOnly(lines, card, common);
      }
      List<Duration> alarms = meeting.sittings().isEmpty() ? List.of() : alarmsOf.apply(meeting);
      for (CardField field : card.fields()) {
        if (field instanceof CardField.TimeRange range) {
          IcsEvents.sitting(lines, card, range, common, alarms);
        }
      }
    }
    return ContentLines.withoutControlCharacters(out.append(END).toString());
  }
}
