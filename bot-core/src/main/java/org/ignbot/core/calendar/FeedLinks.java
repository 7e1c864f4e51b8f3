package org.ignbot.core.calendar;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the web adapter publishes the calendars, and the links that subscribe to them in Apple
 * Calendar (webcal), Google Calendar and Outlook.
 *
 * @param baseUrl the public address of the web adapter, such as {@code https://ign.example.org}
 */
public record FeedLinks(String baseUrl) {
  public FeedLinks {
    Objects.requireNonNull(baseUrl);
    baseUrl = baseUrl.strip().replaceAll("/+$", "");
    URI uri;
    try {
      uri = URI.create(baseUrl);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the public base URL is not a URL: " + baseUrl);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "the public base URL starts with http:// or https:// and names a host: " + baseUrl);
    }
  }

  /** The schedule page. */
  public String page() {
    return baseUrl + "/";
  }

  /** The address of a calendar: {@code /calendar/ign.ics} for feeds, {@code /meetings/...}. */
  public String url(CalendarFeed feed) {
    return baseUrl + path(feed);
  }

  /** The path of a calendar under the base URL. */
  public static String path(CalendarFeed feed) {
    return (feed.isSubscription() ? "/calendar/" : "/meetings/") + feed.fileName();
  }

  /** {@code webcal://}: Apple Calendar and Outlook on the desktop subscribe on a click. */
  public String webcal(CalendarFeed feed) {
    return url(feed).replaceFirst("^https?://", "webcal://");
  }

  /** Google Calendar's "add by URL", with the feed filled in. */
  public String google(CalendarFeed feed) {
    return "https://calendar.google.com/calendar/r?cid=" + encode(webcal(feed));
  }

  /** Outlook on the web's "subscribe from web", with the feed and its name filled in. */
  public String outlook(CalendarFeed feed) {
    return "https://outlook.office.com/calendar/0/addfromweb?url="
        + encode(url(feed))
        + "&name="
        + encode(feed.name());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
