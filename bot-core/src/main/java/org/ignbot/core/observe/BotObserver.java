package org.ignbot.core.observe;

import java.time.Duration;

/**
 * Hears of each command answered and each delivery attempt's outcome; the application counts them
 * (Prometheus). Nothing here carries a message body or a token.
 */
public interface BotObserver {
  /** Hears nothing: the default until the application sets one. */
  BotObserver NONE = new BotObserver() {};

  /**
   * A command was answered. {@code command} is the command's name ({@code unknown} when none
   * matched); {@code outcome} is {@code ok} or {@code error}.
   */
  default void commandAnswered(String platform, String command, String outcome, Duration took) {}

  /**
   * A reminder or notice was tried: {@code outcome} is {@code sent}, {@code late} (sent after its
   * time), {@code failed} (refused or too late to send) or {@code retried}.
   */
  default void delivered(String platform, String outcome, Duration took) {}
}
