package org.ignbot.web;

import java.io.InputStream;
import java.util.function.Supplier;
import org.springframework.core.io.AbstractResource;

/**
 * A cached calendar as the body of an answer: read from the cache while it is sent, a few kilobytes
 * at a time, never copied whole; an answer of 304 never opens it.
 */
final class CalendarBody extends AbstractResource {
  private final String name;
  private final long length;
  private final Supplier<InputStream> open;

  CalendarBody(String name, long length, Supplier<InputStream> open) {
    this.name = name;
    this.length = length;
    this.open = open;
  }

  @Override
  public InputStream getInputStream() {
    return open.get();
  }

  @Override
  public long contentLength() {
    return length;
  }

  @Override
  public boolean exists() {
    return true;
  }

  @Override
  public String getDescription() {
    return "calendar " + name;
  }
}
