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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleRepository;

/**
 * The public calendars, each written once per published schedule and then served from memory. A new
 * schedule with different meetings starts a fresh cache; one with the same meetings keeps it.
 */
public final class CalendarFeeds {
  /** For how many addresses (hosts people reach the bot by) one schedule's calendars are kept. */
  static final int ADDRESSES_CACHED = 4;

  private static final byte[] DTSTAMP = "DTSTAMP:".getBytes(StandardCharsets.US_ASCII);

  private final ScheduleRepository schedules;
  private final IcsWriter writer;
  private final Clock clock;
  private final AtomicLong renders = new AtomicLong();
  private volatile Snapshot snapshot =
      new Snapshot(null, List.of(), new ConcurrentHashMap<>(), ConcurrentHashMap.newKeySet());

  public CalendarFeeds(ScheduleRepository schedules, IcsWriter writer, Clock clock) {
    this.schedules = Objects.requireNonNull(schedules);
    this.writer = Objects.requireNonNull(writer);
    this.clock = Objects.requireNonNull(clock);
  }

  /** A subscription feed by name without {@code .ics}: {@code ign}, {@code ign-veto}. */
  public Optional<RenderedCalendar> feed(String name) {
    return CalendarFeed.named(name).map(this::rendered);
  }

  /** The same, with events linking to {@code links}' page: an answer to a web request. */
  public Optional<RenderedCalendar> feed(String name, FeedLinks links) {
    return CalendarFeed.named(name).map(feed -> rendered(feed, links));
  }

  /** One meeting's calendar, by meeting id. */
  public Optional<RenderedCalendar> meeting(String id) {
    return current().schedule().byId(id).map(meeting -> rendered(CalendarFeed.of(meeting)));
  }

  /** The same, with events linking to {@code links}' page: an answer to a web request. */
  public Optional<RenderedCalendar> meeting(String id, FeedLinks links) {
    return current().schedule().byId(id).map(meeting -> rendered(CalendarFeed.of(meeting), links));
  }

  /** The calendar, from the cache when the schedule has not changed since it was written. */
  public RenderedCalendar rendered(CalendarFeed feed) {
    Snapshot now = current();
    return now.rendered().computeIfAbsent(FeedLinks.path(feed), path -> render(feed, now, null));
  }

  /**
   * The calendar with events linking to {@code links}' page. Cached per address too, for the first
   * {@link #ADDRESSES_CACHED} addresses asked for: requests naming ever new hosts are written
   * afresh rather than fill the memory.
   */
  public RenderedCalendar rendered(CalendarFeed feed, FeedLinks links) {
    Snapshot now = current();
    String key = links.baseUrl() + FeedLinks.path(feed);
    RenderedCalendar cached = now.rendered().get(key);
    if (cached != null) {
      return cached;
    }
    RenderedCalendar written = render(feed, now, links);
    Set<String> bases = now.bases();
    if (bases.contains(links.baseUrl())
        || (bases.size() < ADDRESSES_CACHED && bases.add(links.baseUrl()))) {
      now.rendered().putIfAbsent(key, written);
    }
    return written;
  }

  /** How many calendars were written so far: a cached answer does not count. */
  public long renders() {
    return renders.get();
  }

  /** The schedule the calendars are written from. */
  public Schedule schedule() {
    return current().schedule();
  }

  private RenderedCalendar render(CalendarFeed feed, Snapshot from, FeedLinks links) {
    renders.incrementAndGet();
    Instant written = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    List<Meeting> meetings = feed.select(from.schedule());
    String text =
        links == null
            ? writer.write(feed, meetings)
            : writer.write(feed, meetings, List.of(), links);
    byte[] content = text.getBytes(StandardCharsets.UTF_8);
    return RenderedCalendar.owning(feed, content, etag(content), written);
  }

  private Snapshot current() {
    Schedule schedule = schedules.current();
    Snapshot known = snapshot;
    if (known.schedule() == schedule) {
      return known;
    }
    Snapshot next =
        known.meetings().equals(schedule.all())
            ? new Snapshot(schedule, known.meetings(), known.rendered(), known.bases())
            : new Snapshot(
                schedule, schedule.all(), new ConcurrentHashMap<>(), ConcurrentHashMap.newKeySet());
    snapshot = next;
    return next;
  }

  /**
   * A tag of the content without its DTSTAMP lines: the same meetings give the same tag anywhere.
   * The lines are skipped as the bytes are hashed, without copying the feed.
   */
  static String etag(byte[] content) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
    int hashedFrom = 0;
    int line = 0;
    while (line < content.length) {
      int end = line;
      while (end + 1 < content.length && !(content[end] == '\r' && content[end + 1] == '\n')) {
        end++;
      }
      int next = end + 2;
      if (next > content.length) {
        break;
      }
      if (startsWith(content, line, DTSTAMP)) {
        digest.update(content, hashedFrom, line - hashedFrom);
        hashedFrom = next;
      }
      line = next;
    }
    digest.update(content, hashedFrom, content.length - hashedFrom);
    return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
  }

  private static boolean startsWith(byte[] content, int at, byte[] prefix) {
    if (content.length - at < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private record Snapshot(
      Schedule schedule,
      List<Meeting> meetings,
      Map<String, RenderedCalendar> rendered,
      Set<String> bases) {}
}
