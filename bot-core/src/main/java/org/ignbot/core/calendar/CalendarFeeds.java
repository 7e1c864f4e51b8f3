package org.ignbot.core.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleRepository;

/**
 * The public calendars, each written once per published schedule and then served from memory. A new
 * schedule with different meetings starts a fresh cache; one with the same meetings keeps it.
 */
public final class CalendarFeeds {
  private static final Pattern DTSTAMP = Pattern.compile("(?m)^DTSTAMP:[^\\r\\n]*\\r\\n");

  private final ScheduleRepository schedules;
  private final IcsWriter writer;
  private final Clock clock;
  private final AtomicLong renders = new AtomicLong();
  private volatile Snapshot snapshot = new Snapshot(null, List.of(), new ConcurrentHashMap<>());

  public CalendarFeeds(ScheduleRepository schedules, IcsWriter writer, Clock clock) {
    this.schedules = Objects.requireNonNull(schedules);
    this.writer = Objects.requireNonNull(writer);
    this.clock = Objects.requireNonNull(clock);
  }

  /** A subscription feed by name without {@code .ics}: {@code ign}, {@code ign-veto}. */
  public Optional<RenderedCalendar> feed(String name) {
    return CalendarFeed.named(name).map(this::rendered);
  }

  /** One meeting's calendar, by meeting id. */
  public Optional<RenderedCalendar> meeting(String id) {
    return current().schedule().byId(id).map(meeting -> rendered(CalendarFeed.of(meeting)));
  }

  /** The calendar, from the cache when the schedule has not changed since it was written. */
  public RenderedCalendar rendered(CalendarFeed feed) {
    Snapshot now = current();
    return now.rendered().computeIfAbsent(FeedLinks.path(feed), path -> render(feed, now));
  }

  /** How many calendars were written so far: a cached answer does not count. */
  public long renders() {
    return renders.get();
  }

  /** The schedule the calendars are written from. */
  public Schedule schedule() {
    return current().schedule();
  }

  private RenderedCalendar render(CalendarFeed feed, Snapshot from) {
    renders.incrementAndGet();
    Instant written = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    String text = writer.write(feed, feed.select(from.schedule()));
    return new RenderedCalendar(feed, text.getBytes(StandardCharsets.UTF_8), etag(text), written);
  }

  private Snapshot current() {
    Schedule schedule = schedules.current();
    Snapshot known = snapshot;
    if (known.schedule() == schedule) {
      return known;
    }
    Snapshot next =
        known.meetings().equals(schedule.all())
            ? new Snapshot(schedule, known.meetings(), known.rendered())
            : new Snapshot(schedule, schedule.all(), new ConcurrentHashMap<>());
    snapshot = next;
    return next;
  }

  /** A tag of the content without its DTSTAMPs: the same meetings give the same tag anywhere. */
  static String etag(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash =
          digest.digest(DTSTAMP.matcher(text).replaceAll("").getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private record Snapshot(
      Schedule schedule, List<Meeting> meetings, Map<String, RenderedCalendar> rendered) {}
}
