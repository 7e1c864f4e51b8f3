package org.ignbot.core.time;

import java.time.ZoneId;

/** The venue's time: UN Headquarters, New York. Always shown. */
public final class VenueTime {
  public static final ZoneId ZONE = ZoneId.of("America/New_York");

  private VenueTime() {}
}
