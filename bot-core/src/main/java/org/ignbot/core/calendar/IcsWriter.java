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
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Topic;
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

  private final Clock clock;
  private final Supplier<FeedLinks> links;
  private final Organizer organizer;
  private final VenueZoneRegistry zones = new VenueZoneRegistry();
  private final String newYorkText;

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
    this.organizer = organizer(Objects.requireNonNull(organizerEmail));
    VTimeZone newYork = zones.getTimeZone(VenueTime.ZONE.getId()).getVTimeZone();
    this.newYorkText = LineFolder.fold(newYork.toString());
  }

  private static Organizer organizer(String email) {
    return new Organizer(
        new ParameterList(List.of(new Cn("IGN Bot"))), URI.create("mailto:" + email));
  }

  private static Supplier<FeedLinks> fixed(FeedLinks links) {
    Objects.requireNonNull(links);
    return () -> links;
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
    boolean dateOnly = meeting.isDateOnly();
    if (sittingNumber < 1 || sittingNumber > Math.max(1, meeting.sittings().size())) {
      throw new IllegalArgumentException(
          "meeting " + meeting.id() + " has no sitting " + sittingNumber);
    }
    Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    FeedLinks feedLinks = links.get();
    Method method = invitationMethod(meeting);
    List<Property> people =
        List.of(
            organizer(organizerEmail),
            new Attendee(
                new ParameterList(
                    List.of(
                        new Cn(attendeeEmail),
                        Role.REQ_PARTICIPANT,
                        PartStat.NEEDS_ACTION,
                        Rsvp.FALSE)),
                URI.create("mailto:" + attendeeEmail)));
    VEvent event =
        dateOnly
            ? dateOnlyEvent(meeting, stamp, feedLinks, people)
            : sittingEvent(meeting, sittingNumber - 1, stamp, alarms, feedLinks, people);
    StringBuilder out = new StringBuilder(4096);
    out.append(BEGIN);
    LineFolder.fold(
        new PropertyList(
                List.of(
                    new ProdId(PRODID),
                    ImmutableVersion.VERSION_2_0,
                    ImmutableCalScale.GREGORIAN,
                    method))
            .toString(),
        out);
    out.append(newYorkText);
    LineFolder.fold(event.toString(), out);
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
    // iCal4j writes each part; they are joined here, folding as they go, because rendering the
    // whole Calendar object copies the text of a 2,000-event feed several times over.
    out.append(BEGIN);
    LineFolder.fold(calendarProperties(feed).toString(), out);
    // Always present: it defines the TZID the events use, and keeps an empty feed valid.
    out.append(newYorkText);
    for (Meeting meeting : meetings) {
      if (meeting.isDateOnly()) {
        LineFolder.fold(dateOnlyEvent(meeting, stamp, links, List.of(organizer)).toString(), out);
      }
      for (int i = 0; i < meeting.sittings().size(); i++) {
        LineFolder.fold(
            sittingEvent(meeting, i, stamp, alarmsOf.apply(meeting), links, List.of(organizer))
                .toString(),
            out);
      }
    }
    return withoutControlCharacters(out.append(END).toString());
  }

  /**
   * The last check before a calendar leaves: one control character other than the CRLF line ends
   * makes strict readers (libical) refuse the whole feed, so such a calendar is never written.
   */
  static String withoutControlCharacters(String calendar) {
    for (int i = 0; i < calendar.length(); i++) {
      char c = calendar.charAt(i);
      boolean lineEnd = c == '\r' && i + 1 < calendar.length() && calendar.charAt(i + 1) == '\n';
      if (Character.isISOControl(c)
          && !lineEnd
          && !(c == '\n' && i > 0 && calendar.charAt(i - 1) == '\r')) {
        throw new IllegalStateException(
            "a calendar would carry control character U+%04X at %d".formatted((int) c, i));
      }
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

  private VEvent sittingEvent(
      Meeting meeting,
      int index,
      Instant stamp,
      List<Duration> alarms,
      FeedLinks links,
      List<Property> people) {
    Sitting sitting = meeting.sittings().get(index);
    List<Property> properties = common(meeting, index + 1, stamp, links, people);
    properties.add(inVenueZone(new DtStart<>(sitting.start())));
    properties.add(inVenueZone(new DtEnd<>(sitting.end())));
    String summary = summary(meeting, sitting);
    properties.add(new EscapedText(Property.SUMMARY, summary));
    properties.add(new EscapedText(Property.DESCRIPTION, description(meeting, sitting, index)));
    if (meeting.isCancelled()) {
      properties.add(ImmutableStatus.VEVENT_CANCELLED);
      properties.add(ImmutableTransp.TRANSPARENT);
    } else {
      properties.add(
          sitting.spillOver()
              ? ImmutableStatus.VEVENT_TENTATIVE
              : ImmutableStatus.VEVENT_CONFIRMED);
      properties.add(ImmutableTransp.OPAQUE);
    }
    List<VAlarm> valarms = new ArrayList<>();
    if (!meeting.isCancelled()) {
      for (Duration before : alarms) {
        valarms.add(alarm(summary, sitting, before));
      }
    }
    return new VEvent(new PropertyList(properties), new ComponentList<>(valarms));
  }

  private <P extends DateProperty<?>> P inVenueZone(P property) {
    property.setTimeZoneRegistry(zones);
    return property;
  }

  private VEvent dateOnlyEvent(
      Meeting meeting, Instant stamp, FeedLinks links, List<Property> people) {
    List<Property> properties = common(meeting, 1, stamp, links, people);
    LocalDate day = meeting.date();
    properties.add(new DtStart<>(day));
    properties.add(new DtEnd<>(day.plusDays(1)));
    properties.add(
        new EscapedText(
            Property.SUMMARY,
            (meeting.isCancelled() ? "CANCELLED: " : "")
                + meeting.title()
                + " (time not announced)"));
    properties.add(new EscapedText(Property.DESCRIPTION, description(meeting, null, 0)));
    properties.add(
        meeting.isCancelled()
            ? ImmutableStatus.VEVENT_CANCELLED
            : ImmutableStatus.VEVENT_CONFIRMED);
    // The day is known, the hours are not: do not show the whole day as busy.
    properties.add(ImmutableTransp.TRANSPARENT);
    return new VEvent(new PropertyList(properties));
  }

  /** The properties every event has; {@code people}: the ORGANIZER, and ATTENDEEs if any. */
  private List<Property> common(
      Meeting meeting, int sittingNumber, Instant stamp, FeedLinks links, List<Property> people) {
    List<Property> properties = new ArrayList<>();
    properties.add(new Uid(uid(meeting, sittingNumber)));
    properties.add(new DtStamp(stamp));
    properties.add(new Sequence(meeting.revision() - 1));
    meeting
        .updated()
        .ifPresent(
            updated -> properties.add(new LastModified(updated.truncatedTo(ChronoUnit.SECONDS))));
    properties.addAll(people);
    meeting
        .venue()
        .ifPresent(
            venue ->
                properties.add(
                    new EscapedText(Property.LOCATION, venue + ", UN Headquarters, New York")));
    if (!meeting.clusters().isEmpty()) {
      properties.add(
          new Categories(
              new TextList(
                  meeting.clustersInOrder().stream().map(Cluster::officialName).toList())));
    }
    properties.add(new Url(URI.create(links.page() + "#" + meeting.id())));
    return properties;
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

  private static String description(Meeting meeting, Sitting sitting, int index) {
    List<String> lines = new ArrayList<>();
    if (meeting.isCancelled()) {
      lines.add("This meeting is CANCELLED.");
    }
    if (sitting == null) {
      lines.add("Time and venue were not announced; only the day is known.");
    } else {
      lines.add(
          sitting.partOfDay()
              + " sitting, "
              + TimeFormat.venueRange(sitting)
              + " New York time"
              + (meeting.sittings().size() > 1
                  ? " (sitting " + (index + 1) + " of " + meeting.sittings().size() + ")"
                  : "")
              + ".");
      if (sitting.spillOver()) {
        lines.add("Reserved for possible spill-over: it takes place only if needed.");
      }
    }
    if (!meeting.topics().isEmpty()) {
      lines.add(
          "Topics: "
              + meeting.topics().stream().map(Topic::text).collect(Collectors.joining("; ")));
    }
    if (!meeting.clusters().isEmpty()) {
      lines.add(
          "Clusters: "
              + meeting.clustersInOrder().stream()
                  .map(Cluster::officialName)
                  .collect(Collectors.joining("; ")));
    }
    meeting.notes().forEach(note -> lines.add("Note: " + note));
    lines.add("Source: " + meeting.source().citation() + ".");
    lines.add("Meeting " + meeting.id() + ", revision " + meeting.revision() + ".");
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
