package org.ignbot.web;

import jakarta.servlet.http.HttpServletRequest;
import org.ignbot.core.calendar.FeedLinks;
import org.ignbot.core.calendar.PublicAddress;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/** Small helpers the web answers share: escaping, and the links for the request's address. */
final class Html {
  private Html() {}

  static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }

  /** {@code <a href="...">text</a>}, both escaped. */
  static String link(String href, String text) {
    return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
  }

  /** The configured public address, else the scheme, host and port this request came to. */
  static FeedLinks linksFor(PublicAddress address, HttpServletRequest request) {
    if (address.isConfigured()) {
      return address.get();
    }
    try {
      return address.forRequest(
          ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return address.get();
    }
  }
}
