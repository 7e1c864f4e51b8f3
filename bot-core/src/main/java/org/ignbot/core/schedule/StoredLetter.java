package org.ignbot.core.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A letter as imported: its text and the SHA-256 of that text, kept as the meetings' source, and
 * the file it came in when it came in one (a pasted letter has none).
 *
 * @param sourceId the {@link Source#id()} of the meetings it states
 */
public record StoredLetter(
    String sourceId,
    String fileName,
    String sha256,
    String text,
    Instant imported,
    Optional<LetterFile> file) {
  public StoredLetter {
    Objects.requireNonNull(sourceId);
    Objects.requireNonNull(fileName);
    Objects.requireNonNull(text);
    Objects.requireNonNull(imported);
    Objects.requireNonNull(file);
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a SHA-256 is 64 hex digits: " + sha256);
    }
  }

  /** A letter without its file: pasted text. */
  public StoredLetter(
      String sourceId, String fileName, String sha256, String text, Instant imported) {
    this(sourceId, fileName, sha256, text, imported, Optional.empty());
  }

  /** The same letter with the file it came in. */
  public StoredLetter withFile(byte[] content) {
    return new StoredLetter(
        sourceId, fileName, sha256, text, imported, Optional.of(new LetterFile(content)));
  }
}
