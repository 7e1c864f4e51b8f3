package org.ignbot.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.ignbot.core.calendar.CalendarFeeds;
import org.ignbot.core.calendar.IcsWriter;
import org.ignbot.core.calendar.PublicAddress;
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
import org.springframework.web.bind.annotation.RequestHeader;
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
  private final PublicAddress address;

  public CalendarController(CalendarFeeds feeds, PublicAddress address) {
    this.feeds = feeds;
    this.address = address;
  }

  @GetMapping("/calendar/{name}.ics")
  public ResponseEntity<?> feed(
      @PathVariable String name,
      @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
      HttpServletRequest request) {
    return answer(
        feeds.feed(name, Html.linksFor(address, request)),
        encodings,
        ifNoneMatch,
        "There is no calendar \""
            + shorten(name)
            + ".ics\". Try ign.ics for every meeting, or ign-<cluster>.ics with one of: "
            + Cluster.keys()
            + ".");
  }

  @GetMapping("/meetings/{id}.ics")
  public ResponseEntity<?> meeting(
      @PathVariable String id,
      @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
      HttpServletRequest request) {
    return answer(
        feeds.meeting(id, Html.linksFor(address, request)),
        encodings,
        ifNoneMatch,
        "No meeting has the id \"" + shorten(id) + "\". The schedule page at / lists them.");
  }

  private static ResponseEntity<?> answer(
      Optional<RenderedCalendar> calendar, String encodings, String ifNoneMatch, String notFound) {
    if (calendar.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(PLAIN).body(notFound + "\n");
    }
    RenderedCalendar found = calendar.get();
    boolean gzip = acceptsGzip(encodings);
    if (ifNoneMatch != null && ifNoneMatch.strip().equals("*")) {
      // "*" matches any current version (RFC 9110, 13.1.2): the feed exists, so nothing to send.
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
          .eTag(gzip ? found.gzippedEtag() : found.etag())
          .varyBy(HttpHeaders.ACCEPT_ENCODING)
          .build();
    }
    ResponseEntity.BodyBuilder answer =
        ResponseEntity.ok()
            .contentType(CALENDAR)
            .eTag(gzip ? found.gzippedEtag() : found.etag())
            .varyBy(HttpHeaders.ACCEPT_ENCODING);
    if (gzip) {
      answer.header(HttpHeaders.CONTENT_ENCODING, "gzip");
    }
    return answer
        .lastModified(found.lastModified())
        // Calendars poll anyway; a short max-age lets proxies share the answer meanwhile.
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(found.feed().fileName()).build().toString())
        .body(
            gzip
                ? new CalendarBody(
                    found.feed().fileName(), found.gzippedLength(), found::openGzipped)
                : new CalendarBody(found.feed().fileName(), found.length(), found::open));
  }

  /** Whether the client takes gzip: named in Accept-Encoding (or as *) and not with q=0. */
  static boolean acceptsGzip(String encodings) {
    if (encodings == null) {
      return false;
    }
    for (String entry : encodings.split(",")) {
      String[] parts = entry.strip().split(";");
      String coding = parts[0].strip().toLowerCase(Locale.ROOT);
      if (!(coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*"))) {
        continue;
      }
      boolean refused = false;
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
        refused |= parameter.matches("q=0(\\.0{0,3})?");
      }
      return !refused;
    }
    return false;
  }

  static String shorten(String text) {
    String printable = text.replaceAll("[^\\p{L}\\p{N}._-]", "?");
    return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
  }
}
