package org.ignbot.core.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A calendar written out once and served many times, as written and, once asked for, gzipped: a 2
 * MB feed is a tenth of that compressed, and calendar apps accept gzip. Answers read the kept bytes
 * through {@link #open} without copying them: a copy per request grew the heap from 148 MB to 1.1
 * GB over 4,000 requests for the 2 MB feed.
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
    this(content.clone(), feed, etag, lastModified);
  }

  /** {@code content} is this calendar's own from now on: nobody else holds it. */
  static RenderedCalendar owning(
      CalendarFeed feed, byte[] content, String etag, Instant lastModified) {
    return new RenderedCalendar(content, feed, etag, lastModified);
  }

  private RenderedCalendar(byte[] content, CalendarFeed feed, String etag, Instant lastModified) {
    this.feed = Objects.requireNonNull(feed);
    this.content = Objects.requireNonNull(content);
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

  /**
   * The bytes as written, to read once, through a read-only view: no copy of the calendar is made,
   * only the reader's own buffer is filled, so nothing the reader does reaches the kept bytes.
   */
  public InputStream open() {
    return new ReadOnlyBytes(content);
  }

  /** How many bytes {@link #open} reads. */
  public int length() {
    return content.length;
  }

  /** The gzipped bytes, to read once, without a copy; compressed on the first call only. */
  public InputStream openGzipped() {
    return new ReadOnlyBytes(gzippedBytes());
  }

  /** How many bytes {@link #openGzipped} reads. */
  public int gzippedLength() {
    return gzippedBytes().length;
  }

  public String etag() {
    return etag;
  }

  public Instant lastModified() {
    return lastModified;
  }

  /** The content gzipped, compressed on the first call only; a copy, like {@link #content}. */
  public byte[] gzipped() {
    return gzippedBytes().clone();
  }

  private byte[] gzippedBytes() {
    byte[] known = gzipped;
    if (known == null) {
      known = gzip(content);
      gzipped = known;
    }
    return known;
  }

  /** The entity tag of the gzipped content: another representation, so another tag. */
  public String gzippedEtag() {
    return etag.substring(0, etag.length() - 1) + "-gzip\"";
  }

  /** A stream over a read-only buffer: the kept array is never handed out. */
  private static final class ReadOnlyBytes extends InputStream {
    private final ByteBuffer bytes;

    ReadOnlyBytes(byte[] content) {
      this.bytes = ByteBuffer.wrap(content).asReadOnlyBuffer();
    }

    @Override
    public int read() {
      return bytes.hasRemaining() ? bytes.get() & 0xFF : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      Objects.checkFromIndexSize(offset, length, into.length);
      if (length == 0) {
        return 0;
      }
      if (!bytes.hasRemaining()) {
        return -1;
      }
      int count = Math.min(length, bytes.remaining());
      bytes.get(into, offset, count);
      return count;
    }

    @Override
    public int available() {
      return bytes.remaining();
    }
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
