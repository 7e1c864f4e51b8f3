package org.ignbot.core.schedule;

import java.util.Objects;

/** One field of a meeting that changed: "time", was "10:00–13:00", now "15:00–18:00". */
public record FieldChange(String field, String was, String now) {
  public FieldChange {
    Objects.requireNonNull(field);
    Objects.requireNonNull(was);
    Objects.requireNonNull(now);
  }
}
