package org.ignbot.core.text;

/**
 * Something a person typed that cannot work. The message is the one polite line shown to them: it
 * says what was wrong and what would work.
 */
public final class InvalidInputException extends RuntimeException {
  public InvalidInputException(String message) {
    super(message, null, false, false);
  }
}
