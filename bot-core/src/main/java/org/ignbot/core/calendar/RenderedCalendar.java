package org.ignbot.core.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * A calendar written out once and served many times.
 *
 * @param etag the quoted entity tag: the same for the same meetings, whenever and wherever written
 * @param lastModified when this copy was written, to the second
 */
public record RenderedCalendar(
    CalendarFeed feed, byte[] content, String etag, Instant lastModified) {
  public RenderedCalendar {
    Objects.requireNonNull(feed);
    Objects.requireNonNull(etag);
    Objects.requireNonNull(lastModified);
    content = content.clone();
  }

  /** A copy of the bytes: the cached copy stays as written. */
  @Override
  public byte[] content() {
    return content.clone();
  }

  /** The number of octets. */
  public int length() {
    return content.length;
  }
}
