package org.ignbot.core.schedule;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.ignbot.core.time.TimeSpan;
import org.ignbot.core.time.VenueTime;

/**
 * One sitting of a meeting, in New York time. A sitting "reserved for possible spill-over" is shown
 * as such, never as a firm sitting.
 */
public record Sitting(ZonedDateTime start, ZonedDateTime end, boolean spillOver)
    implements TimeSpan {
  public Sitting {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.getZone().equals(VenueTime.ZONE) || !end.getZone().equals(VenueTime.ZONE)) {
      throw new IllegalArgumentException("a sitting is held in New York time: " + start);
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a sitting ends after it starts: " + start + " " + end);
    }
  }

  public Instant startInstant() {
    return start.toInstant();
  }

  public Instant endInstant() {
    return end.toInstant();
  }

  /** "Morning" or "Afternoon", by the New York start time. */
  public String partOfDay() {
    int hour = start.getHour();
    if (hour < 12) {
      return "Morning";
    }
    return hour < 18 ? "Afternoon" : "Evening";
  }
}
