package org.ignbot.core.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * A letter as imported: its text and the SHA-256 of that text, kept as the meetings' source.
 *
 * @param sourceId the {@link Source#id()} of the meetings it states
 */
public record StoredLetter(
    String sourceId, String fileName, String sha256, String text, Instant imported) {
  public StoredLetter {
    Objects.requireNonNull(sourceId);
    Objects.requireNonNull(fileName);
    Objects.requireNonNull(text);
    Objects.requireNonNull(imported);
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a SHA-256 is 64 hex digits: " + sha256);
    }
  }
}
