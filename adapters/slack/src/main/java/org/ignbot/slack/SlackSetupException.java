package org.ignbot.slack;

/** The Slack settings are wrong or Slack refuses them: start-up stops with this one line. */
public final class SlackSetupException extends RuntimeException {
  public SlackSetupException(String message) {
    super(message, null, false, false);
  }
}
