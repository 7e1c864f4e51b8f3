package org.ignbot.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.ignbot.core.calendar.CalendarFeed;
import org.ignbot.core.calendar.FeedLinks;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Topic;
import org.ignbot.core.time.TimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The schedule page at {@code /}: upcoming meetings, then recent ones, each with its .ics link, and
 * the subscribe links for Apple, Google and Outlook. Plain HTML, no script, readable anywhere.
 */
@RestController
public final class SchedulePage {
  static final int PAST_SHOWN = 10;
  private static final MediaType HTML = MediaType.parseMediaType("text/html; charset=utf-8");

  private final ScheduleRepository schedules;
  private final FeedLinks links;
  private final Clock clock;

  public SchedulePage(ScheduleRepository schedules, FeedLinks links, Clock clock) {
    this.schedules = schedules;
    this.links = links;
    this.clock = clock;
  }

  @GetMapping("/")
  public ResponseEntity<String> page() {
    return ResponseEntity.ok()
        .contentType(HTML)
        .cacheControl(CacheControl.noCache())
        .body(render(schedules.current(), clock.instant()));
  }

  String render(Schedule schedule, Instant now) {
    StringBuilder html = new StringBuilder(8192);
    html.append(
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>IGN meetings: Security Council reform</title>
        <style>
        body{font-family:system-ui,sans-serif;max-width:46rem;margin:1rem auto;padding:0 1rem;line-height:1.45;color:#222}
        h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
        li{margin:.6rem 0}.when{font-weight:600}.cancelled{text-decoration:line-through;color:#777}
        .links a{margin-right:.8rem}small{color:#555}
        </style>
        </head>
        <body>
        <h1>IGN meetings: Security Council reform</h1>
        <p>Meetings of the General Assembly's Intergovernmental Negotiations on Security Council
        reform, from the Co-Chairs' letters. Times are New York time (UN Headquarters).</p>
        """);
    subscribeSection(html);
    List<Meeting> upcoming = new ArrayList<>();
    List<Meeting> past = new ArrayList<>();
    for (Meeting meeting : schedule.all()) {
      (meeting.endsAt().isAfter(now) ? upcoming : past).add(meeting);
    }
    html.append("<h2 id=\"upcoming\">Upcoming meetings</h2>\n");
    if (upcoming.isEmpty()) {
      html.append("<p>No meeting is scheduled yet. Subscribe above to see new ones appear.</p>\n");
    } else {
      meetingList(html, upcoming);
    }
    if (!past.isEmpty()) {
      Collections.reverse(past);
      List<Meeting> recent = past.subList(0, Math.min(PAST_SHOWN, past.size()));
      html.append("<h2 id=\"past\">Recent meetings</h2>\n");
      meetingList(html, recent);
    }
    html.append(
        """
        <h2 id="help">How to subscribe</h2>
        <ul>
        <li><b>Outlook</b>: the Outlook link, or Add calendar → Subscribe from web, and paste the
        feed address.</li>
        <li><b>Google Calendar</b>: the Google link, or Other calendars → + → From URL, and paste
        the feed address.</li>
        <li><b>Apple Calendar</b> (Mac, iPhone, iPad): the Apple link, or File → New Calendar
        Subscription, and paste the feed address.</li>
        </ul>
        <p>A subscription follows the Co-Chairs' changes: a moved meeting moves, a cancelled one is
        marked cancelled. A downloaded .ics file does not change once imported.</p>
        <p><small>IGN Bot. The schedule is transcribed from the Co-Chairs' letters; the letter
        cited with each meeting is the authority.</small></p>
        </body>
        </html>
        """);
    return html.toString();
  }

  private void subscribeSection(StringBuilder html) {
    html.append("<h2 id=\"subscribe\">Subscribe</h2>\n<ul>\n");
    feedItem(html, CalendarFeed.all(), "<b>Every meeting</b>");
    for (Cluster cluster : Cluster.values()) {
      feedItem(html, CalendarFeed.of(cluster), "Only: " + escape(cluster.officialName()));
    }
    html.append("</ul>\n");
  }

  private void feedItem(StringBuilder html, CalendarFeed feed, String label) {
    html.append("<li>")
        .append(label)
        .append("<br><span class=\"links\">")
        .append(link(links.outlook(feed), "Outlook"))
        .append(link(links.google(feed), "Google Calendar"))
        .append(link(links.webcal(feed), "Apple Calendar"))
        .append(link(links.url(feed), "feed address (.ics)"))
        .append("</span></li>\n");
  }

  private void meetingList(StringBuilder html, List<Meeting> meetings) {
    html.append("<ul>\n");
    for (Meeting meeting : meetings) {
      html.append("<li id=\"")
          .append(escape(meeting.id()))
          .append("\"")
          .append(meeting.isCancelled() ? " class=\"cancelled\"" : "")
          .append("><span class=\"when\">")
          .append(escape(TimeFormat.longDay(meeting.date())))
          .append(", ")
          .append(escape(times(meeting)))
          .append("</span><br>")
          .append(escape(meeting.title()));
      if (meeting.isCancelled()) {
        html.append(" <b>(CANCELLED)</b>");
      }
      meeting.venue().ifPresent(venue -> html.append(" · ").append(escape(venue)));
      if (!meeting.topics().isEmpty()) {
        html.append("<br><small>")
            .append(
                escape(
                    meeting.topics().stream().map(Topic::text).collect(Collectors.joining("; "))))
            .append("</small>");
      }
      html.append("<br><small>Source: ")
          .append(escape(meeting.source().citation()))
          .append("</small><br>")
          .append(link(links.url(CalendarFeed.of(meeting)), "Add to calendar (.ics)"))
          .append("</li>\n");
    }
    html.append("</ul>\n");
  }

  private static String times(Meeting meeting) {
    if (meeting.isDateOnly()) {
      return "time not announced";
    }
    return meeting.sittings().stream().map(SchedulePage::sitting).collect(Collectors.joining(", "))
        + " New York time";
  }

  private static String sitting(Sitting sitting) {
    return TimeFormat.venueRange(sitting) + (sitting.spillOver() ? " (possible spill-over)" : "");
  }

  private static String link(String href, String text) {
    return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a> ";
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
