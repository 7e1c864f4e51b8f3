package org.ignbot.core.text;

/**
 * A data file (the schedule, the facts) that cannot be read. The message names the file, the entry
 * and the field, and says what would work.
 */
public final class DataFileException extends RuntimeException {
  public DataFileException(String message) {
    super(message, null, false, false);
  }
}
