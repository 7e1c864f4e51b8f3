package org.ignbot.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.ignbot.core.calendar.CalendarFeeds;
import org.ignbot.core.calendar.IcsWriter;
import org.ignbot.core.calendar.RenderedCalendar;
import org.ignbot.core.schedule.Cluster;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendars: {@code /calendar/ign.ics} (every meeting), {@code /calendar/ign-<cluster>.ics} and
 * {@code /meetings/<id>.ics}. Each carries an ETag and Last-Modified, so a calendar that asks again
 * with them gets 304 and no body; Spring answers HEAD from the same method.
 */
@RestController
public final class CalendarController {
  static final MediaType CALENDAR = MediaType.parseMediaType(IcsWriter.MEDIA_TYPE);
  private static final MediaType PLAIN = new MediaType("text", "plain", StandardCharsets.UTF_8);

  private final CalendarFeeds feeds;

  public CalendarController(CalendarFeeds feeds) {
    this.feeds = feeds;
  }

  @GetMapping("/calendar/{name}.ics")
  public ResponseEntity<?> feed(@PathVariable String name) {
    return answer(
        feeds.feed(name),
        "There is no calendar \""
            + shorten(name)
            + ".ics\". Try ign.ics for every meeting, or ign-<cluster>.ics with one of: "
            + Cluster.keys()
            + ".");
  }

  @GetMapping("/meetings/{id}.ics")
  public ResponseEntity<?> meeting(@PathVariable String id) {
    return answer(
        feeds.meeting(id),
        "No meeting has the id \"" + shorten(id) + "\". The schedule page at / lists them.");
  }

  private static ResponseEntity<?> answer(Optional<RenderedCalendar> calendar, String notFound) {
    if (calendar.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(PLAIN).body(notFound + "\n");
    }
    RenderedCalendar found = calendar.get();
    return ResponseEntity.ok()
        .contentType(CALENDAR)
        .eTag(found.etag())
        .lastModified(found.lastModified())
        // Calendars poll anyway; a short max-age lets proxies share the answer meanwhile.
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(found.feed().fileName()).build().toString())
        .body(found.content());
  }

  static String shorten(String text) {
    String printable = text.replaceAll("[^\\p{L}\\p{N}._-]", "?");
    return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
  }
}
