package org.ignbot.core.time;

import java.time.ZonedDateTime;

/**
 * A span of time in New York time, such as a sitting: what {@link TimeFormat} shows as a range,
 * without knowing what the span is.
 */
public interface TimeSpan {
  ZonedDateTime start();

  ZonedDateTime end();
}
