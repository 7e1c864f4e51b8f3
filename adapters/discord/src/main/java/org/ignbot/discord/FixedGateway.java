package org.ignbot.discord;

import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/** A session controller that connects to a gateway of our choosing (a proxy, a test's fake). */
final class FixedGateway extends SessionControllerAdapter {
  private final String url;

  FixedGateway(String url) {
    this.url = url;
  }

  @Override
  public String getGateway() {
    return url;
  }
}
