package org.ignbot.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.mail.MailSubscription;
import org.ignbot.core.mail.MailSubscriptions;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.user.UserKey;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The links in the bot's e-mails. {@code /mail/confirm?code=...} and {@code
 * /mail/unsubscribe?token=...} answer a GET with a page holding one button, and act only on its
 * POST: mail scanners that open every link change nothing. A POST to the unsubscribe link is also
 * the one-click unsubscribe of RFC 8058 ({@code List-Unsubscribe=One-Click} in the body). {@code
 * POST /mail/subscribe} takes the schedule page's form.
 */
@RestController
public final class MailLinks {
  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final MailSubscriptions mail;
  private final Clock clock;

  private final List<Duration> defaultLeadTimes;

  /**
   * @param defaultLeadTimes the alarms of a subscription from the page that names none
   */
  public MailLinks(MailSubscriptions mail, Clock clock, List<Duration> defaultLeadTimes) {
    this.mail = mail;
    this.clock = clock;
    this.defaultLeadTimes = List.copyOf(defaultLeadTimes);
  }

  @GetMapping("/mail/confirm")
  public ResponseEntity<String> confirmPage(@RequestParam(defaultValue = "") String code) {
    return page(
        HttpStatus.OK,
        "Confirm the invitations",
        "IGN Bot will send calendar invitations to the address this link was mailed to.",
        Optional.of(form("/mail/confirm", "code", code, "Confirm")));
  }

  @PostMapping("/mail/confirm")
  public ResponseEntity<String> confirm(@RequestParam(defaultValue = "") String code) {
    Optional<MailSubscription> confirmed = mail.confirm(code, clock.instant());
    if (confirmed.isEmpty()) {
      return page(
          HttpStatus.NOT_FOUND,
          "Unknown or expired code",
          "A code works once, for 24 hours. Ask the bot again: subscribe email <address>.",
          Optional.empty());
    }
    return page(
        HttpStatus.OK,
        "Confirmed",
        confirmed.get().address()
            + " gets invitations for "
            + confirmed.get().what()
            + ". The first ones are on their way.",
        Optional.empty());
  }

  @GetMapping("/mail/unsubscribe")
  public ResponseEntity<String> unsubscribePage(@RequestParam(defaultValue = "") String token) {
    return page(
        HttpStatus.OK,
        "Stop the messages",
        "IGN Bot will send nothing more to the address this link was mailed to, and forget it.",
        Optional.of(form("/mail/unsubscribe", "token", token, "Stop them")));
  }

  /** The button on the page, and the one-click POST of a mail client. */
  @PostMapping("/mail/unsubscribe")
  public ResponseEntity<String> unsubscribe(@RequestParam(defaultValue = "") String token) {
    Optional<MailAddress> gone = mail.unsubscribe(token);
    return page(
        HttpStatus.OK,
        "Unsubscribed",
        gone.map(address -> "Nothing more goes to " + address + "; the bot has forgotten it.")
            .orElse("This address gets nothing from IGN Bot (any more)."),
        Optional.empty());
  }

  /**
   * The page's form: sends the confirmation to the address (lead times and a cluster as {@code
   * subscribe email} takes them). Only a post from the bot's own page is taken: a browser says
   * where a post comes from ({@code Sec-Fetch-Site}, {@code Origin}), and one from another site is
   * refused. The address's owner is the address itself: the page has no chat user.
   */
  @PostMapping("/mail/subscribe")
  public ResponseEntity<String> subscribe(
      @RequestParam(defaultValue = "") String address,
      @RequestParam(defaultValue = "") String lead,
      @RequestParam(defaultValue = "") String topic,
      HttpServletRequest request) {
    if (!sameOrigin(request)) {
      return page(
          HttpStatus.FORBIDDEN,
          "Not sent",
          "Subscribe from the bot's own page: a form on another site cannot do it.",
          Optional.empty());
    }
    try {
      MailAddress to = MailAddress.parse(address.strip());
      Optional<Cluster> cluster = Optional.empty();
      if (!topic.isBlank()) {
        cluster =
            Optional.of(
                Cluster.fromKey(topic)
                    .orElseThrow(
                        () -> new InvalidInputException("Choose a cluster from the list.")));
      }
      List<Duration> leads = lead.isBlank() ? defaultLeadTimes : LeadTimes.parse(lead);
      mail.subscribe(new UserKey("web", "web", to.value()), to, cluster, leads, clock.instant());
      return page(
          HttpStatus.OK,
          "Check your inbox",
          "A confirmation went to "
              + to
              + ": open its link (or type its code to the bot) within 24 hours. Until then"
              + " nothing else is sent to the address.",
          Optional.empty());
    } catch (InvalidInputException e) {
      return page(HttpStatus.BAD_REQUEST, "Not sent", e.getMessage(), Optional.empty());
    }
  }

  /** Whether the browser says the post comes from this site; a client that says nothing passes. */
  static boolean sameOrigin(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin") || site.equals("none");
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    try {
      URI from = URI.create(origin);
      int port =
          from.getPort() != -1 ? from.getPort() : from.getScheme().equals("https") ? 443 : 80;
      return request.getServerName().equalsIgnoreCase(from.getHost())
          && request.getServerPort() == port;
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }

  private static String form(String action, String name, String value, String button) {
    return "<form method=\"post\" action=\""
        + action
        + "\"><input type=\"hidden\" name=\""
        + name
        + "\" value=\""
        + Html.escape(value)
        + "\"><button type=\"submit\">"
        + button
        + "</button></form>";
  }

  private static ResponseEntity<String> page(
      HttpStatus status, String title, String text, Optional<String> form) {
    String body =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
            + Html.escape(title)
            + " · IGN Bot</title></head><body><h1>"
            + Html.escape(title)
            + "</h1><p>"
            + Html.escape(text)
            + "</p>"
            + form.orElse("")
            + "</body></html>";
    return ResponseEntity.status(status).contentType(HTML).body(body);
  }
}
