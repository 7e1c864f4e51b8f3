package org.ignbot.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.ignbot.core.calendar.CalendarFeed;
import org.ignbot.core.calendar.FeedLinks;
import org.ignbot.core.calendar.PublicAddress;
import org.ignbot.core.schedule.Cluster;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /subscribe?feed=ign-veto&app=google}: where the page's subscribe form goes without
 * JavaScript. It sends the browser on to the chosen app with the chosen feed filled in; for "any
 * other app" it answers the feed's address. With JavaScript the page shows the same links at once.
 */
@RestController
public final class SubscribeChooser {
  private static final MediaType PLAIN = new MediaType("text", "plain", StandardCharsets.UTF_8);

  /** The apps the form offers, by the value it sends. */
  enum App {
    OUTLOOK("Outlook"),
    GOOGLE("Google Calendar"),
    APPLE("Apple Calendar"),
    OTHER("Another app (feed address)");

    final String label;

    App(String label) {
      this.label = label;
    }

    String value() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    String link(FeedLinks links, CalendarFeed feed) {
      return switch (this) {
        case OUTLOOK -> links.outlook(feed);
        case GOOGLE -> links.google(feed);
        case APPLE -> links.webcal(feed);
        case OTHER -> links.url(feed);
      };
    }

    static Optional<App> of(String value) {
      for (App app : values()) {
        if (app.value().equals(value)) {
          return Optional.of(app);
        }
      }
      return Optional.empty();
    }
  }

  private final PublicAddress address;

  public SubscribeChooser(PublicAddress address) {
    this.address = address;
  }

  @GetMapping("/subscribe")
  public ResponseEntity<String> subscribe(
      @RequestParam(defaultValue = "ign") String feed,
      @RequestParam(defaultValue = "outlook") String app,
      HttpServletRequest request) {
    Optional<CalendarFeed> chosen = CalendarFeed.named(feed);
    Optional<App> chosenApp = App.of(app);
    if (chosen.isEmpty() || chosenApp.isEmpty()) {
      return plain(
          HttpStatus.BAD_REQUEST,
          "Choose the meetings (ign, or ign-<cluster> with one of: "
              + Cluster.keys()
              + ") and the app (outlook, google, apple or other), as the form at /#subscribe"
              + " does.");
    }
    FeedLinks links = Html.linksFor(address, request);
    if (chosenApp.get() == App.OTHER) {
      return plain(
          HttpStatus.OK,
          "Subscribe to this address in your calendar app (\"add calendar from URL\"): "
              + links.url(chosen.get()));
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .header(
            HttpHeaders.LOCATION, URI.create(chosenApp.get().link(links, chosen.get())).toString())
        .build();
  }

  private static ResponseEntity<String> plain(HttpStatus status, String line) {
    return ResponseEntity.status(status).contentType(PLAIN).body(line + "\n");
  }
}
