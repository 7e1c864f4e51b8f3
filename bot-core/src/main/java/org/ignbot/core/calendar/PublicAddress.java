package org.ignbot.core.calendar;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where links to the bot point. An operator who sets the public address gets it everywhere;
 * otherwise links name the address the bot actually serves: {@code localhost} on the port the web
 * server listens on (known once it listens; before that, the port it is told to use), and, in
 * answers to a web request, the host and port that request came to.
 */
public final class PublicAddress implements Supplier<FeedLinks> {
  private final Optional<FeedLinks> configured;
  private volatile FeedLinks served;

  private PublicAddress(Optional<FeedLinks> configured, FeedLinks served) {
    this.configured = configured;
    this.served = served;
  }

  /** Links always start with {@code links}' base URL, whoever asks. */
  public static PublicAddress configured(FeedLinks links) {
    return new PublicAddress(Optional.of(links), links);
  }

  /** Links name {@code http://localhost:<port>} until {@link #serving} says otherwise. */
  public static PublicAddress localPort(int port) {
    return new PublicAddress(Optional.empty(), local(port));
  }

  /** The web server listens on {@code port}: links made from now on name it. */
  public void serving(int port) {
    if (configured.isEmpty()) {
      served = local(port);
    }
  }

  /** Whether an operator set the public address. */
  public boolean isConfigured() {
    return configured.isPresent();
  }

  /** The links for answers outside the web (chat, terminal, .ics files written for a command). */
  @Override
  public FeedLinks get() {
    return served;
  }

  /**
   * The links for an answer to a web request that reached {@code requestBase} (such as {@code
   * http://10.0.0.5:58417}): the configured address if any, else the request's own, else (when the
   * request's address is no usable URL) the served one.
   */
  public FeedLinks forRequest(String requestBase) {
    if (configured.isPresent()) {
      return configured.get();
    }
    try {
      return new FeedLinks(Objects.requireNonNull(requestBase));
    } catch (IllegalArgumentException e) {
      return served;
    }
  }

  private static FeedLinks local(int port) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("a port is between 1 and 65535: " + port);
    }
    return new FeedLinks("http://localhost:" + port);
  }
}
