package org.ignbot.core.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A calendar written out once and served many times, as written and, once asked for, gzipped: a 2
 * MB feed is a tenth of that compressed, and calendar apps accept gzip.
 */
public final class RenderedCalendar {
  private final CalendarFeed feed;
  private final byte[] content;
  private final String etag;
  private final Instant lastModified;
  private volatile byte[] gzipped;

  /**
   * @param etag the quoted entity tag: the same for the same meetings, whenever and wherever
   *     written
   * @param lastModified when this copy was written, to the second
   */
  public RenderedCalendar(CalendarFeed feed, byte[] content, String etag, Instant lastModified) {
    this.feed = Objects.requireNonNull(feed);
    this.content = content.clone();
    this.etag = Objects.requireNonNull(etag);
    this.lastModified = Objects.requireNonNull(lastModified);
    if (!etag.startsWith("\"") || !etag.endsWith("\"") || etag.length() < 3) {
      throw new IllegalArgumentException("an entity tag is quoted: " + etag);
    }
  }

  public CalendarFeed feed() {
    return feed;
  }

  /** A copy of the bytes: the cached copy stays as written. */
  public byte[] content() {
    return content.clone();
  }

  public String etag() {
    return etag;
  }

  public Instant lastModified() {
    return lastModified;
  }

  /** The content gzipped, compressed on the first call only; a copy, like {@link #content}. */
  public byte[] gzipped() {
    byte[] known = gzipped;
    if (known == null) {
      known = gzip(content);
      gzipped = known;
    }
    return known.clone();
  }

  /** The entity tag of the gzipped content: another representation, so another tag. */
  public String gzippedEtag() {
    return etag.substring(0, etag.length() - 1) + "-gzip\"";
  }

  private static byte[] gzip(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 8 + 64);
    try (GZIPOutputStream gzip =
        new GZIPOutputStream(out, 8192) {
          {
            def.setLevel(Deflater.BEST_SPEED);
          }
        }) {
      gzip.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException("gzip in memory does not fail", e);
    }
    return out.toByteArray();
  }
}
