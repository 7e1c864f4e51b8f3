package org.ignbot.discord;

/** Discord settings that cannot work, with the one line that says which and what to do. */
public final class DiscordSetupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DiscordSetupException(String message) {
    super(message);
  }
}
