package org.ignbot.web;

import static org.ignbot.web.Html.escape;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ignbot.core.calendar.FeedLinks;
import org.ignbot.core.calendar.PublicAddress;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleStore;
import org.ignbot.core.schedule.StoredLetter;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.VenueTime;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The schedule page at {@code /}, the page a delegate opens in the morning: today's and the coming
 * weeks' meetings first, then the months at a glance, one form to subscribe, and the recent past.
 * Complete without JavaScript; {@code /app.js} adds the viewer's own time next to New York's and
 * fills in the subscribe links as the choices change. No inline script or style (a strict CSP).
 */
@RestController
public final class SchedulePage {
  static final int PAST_SHOWN = 10;
  static final int MONTHS_SHOWN = 3;
  private static final MediaType HTML = MediaType.parseMediaType("text/html; charset=utf-8");

  private final ScheduleStore schedules;
  private final PublicAddress address;
  private final Clock clock;

  private final boolean mailForm;

  /**
   * @param mailLinks where the page's e-mail form posts, when mail is set up; without it the page
   *     offers no e-mail form
   */
  public SchedulePage(
      ScheduleStore schedules, PublicAddress address, Clock clock, Optional<MailLinks> mailLinks) {
    this.mailForm = mailLinks.isPresent();
    this.schedules = schedules;
    this.address = address;
    this.clock = clock;
  }

  @GetMapping("/")
  public ResponseEntity<String> page(HttpServletRequest request) {
    return ResponseEntity.ok()
        .contentType(HTML)
        .cacheControl(CacheControl.noCache())
        .body(render(schedules.current(), clock.instant(), Html.linksFor(address, request)));
  }

  String render(Schedule schedule, Instant now, FeedLinks links) {
    Map<String, Optional<StoredLetter>> letters = new HashMap<>();
    MeetingArticle cards =
        new MeetingArticle(
            links, id -> letters.computeIfAbsent(id, schedules::letter), schedules::history, now);
    LocalDate today = LocalDate.ofInstant(now, VenueTime.ZONE);
    List<Meeting> upcoming = new ArrayList<>();
    List<Meeting> past = new ArrayList<>();
    for (Meeting meeting : schedule.all()) {
      (meeting.endsAt().isAfter(now) ? upcoming : past).add(meeting);
    }
    StringBuilder html = new StringBuilder(16384);
    head(html, today);
    html.append("<main id=\"main\" class=\"wrap\">\n");
    html.append("<section id=\"meetings\" aria-labelledby=\"meetings-h\">\n")
        .append("<h2 id=\"meetings-h\" class=\"sr\">Meetings</h2>\n")
        .append("<p class=\"summary\">")
        .append(escape(summary(upcoming, today)))
        .append("</p>\n");
    for (Map.Entry<String, List<Meeting>> group : byWeek(upcoming, today).entrySet()) {
      html.append("<h3 class=\"group\">").append(escape(group.getKey())).append("</h3>\n");
      group.getValue().forEach(meeting -> cards.render(html, meeting, 4));
    }
    html.append("</section>\n");
    months(html, schedule, upcoming, today);
    SubscribeSection.write(html, links);
    if (mailForm) {
      SubscribeSection.mail(html);
    }
    if (!past.isEmpty()) {
      Collections.reverse(past);
      html.append("<section id=\"past\" aria-labelledby=\"past-h\">\n")
          .append("<h2 id=\"past-h\">Earlier meetings</h2>\n");
      past.subList(0, Math.min(PAST_SHOWN, past.size())).forEach(m -> cards.render(html, m, 3));
      html.append("</section>\n");
    }
    html.append("</main>\n");
    foot(html);
    return html.toString();
  }

  private static void head(StringBuilder html, LocalDate today) {
    html.append(
            """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>IGN meetings: Security Council reform</title>
            <meta name="description" content="Meetings of the Intergovernmental Negotiations on Security Council reform, from the Co-Chairs' letters.">
            <link rel="stylesheet" href="/app.css">
            <script src="/app.js" defer></script>
            </head>
            <body>
            <a class="skip" href="#main">Skip to the meetings</a>
            <header class="top"><div class="wrap">
            <p class="kicker">Intergovernmental Negotiations on Security Council reform</p>
            <h1>IGN meetings</h1>
            <p class="zone" id="zone">Times are New York time (UN Headquarters)""")
        .append(", where it is ")
        .append(escape(TimeFormat.longDay(today)))
        .append(
            """
            .<span id="zone-local"></span></p>
            <nav aria-label="On this page"><a href="#meetings">Meetings</a><a href="#month">Month view</a><a href="#subscribe">Subscribe</a><a href="#past">Earlier</a></nav>
            </div></header>
            """);
  }

  /** "No meeting today. Next: Tuesday 19 November 2024." */
  static String summary(List<Meeting> upcoming, LocalDate today) {
    List<Meeting> held = upcoming.stream().filter(m -> !m.isCancelled()).toList();
    if (held.isEmpty()) {
      return "No meeting is scheduled yet. Subscribe below to see new ones appear in your calendar.";
    }
    long todays = held.stream().filter(m -> m.date().equals(today)).count();
    String next = TimeFormat.longDay(held.get(0).date());
    if (todays > 0) {
      return todays == 1 ? "One meeting today." : todays + " meetings today.";
    }
    long days = ChronoUnit.DAYS.between(today, held.get(0).date());
    return "No meeting today. The next is on "
        + next
        + (days == 1 ? ", tomorrow." : ", in " + days + " days.");
  }

  /** Today, this week, next week, then "Week of Monday 2 December 2024". */
  static Map<String, List<Meeting>> byWeek(List<Meeting> meetings, LocalDate today) {
    LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Map<String, List<Meeting>> groups = new LinkedHashMap<>();
    for (Meeting meeting : meetings) {
      LocalDate monday = meeting.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      String name;
      if (!meeting.date().isAfter(today)) {
        name = "Today";
      } else if (monday.equals(thisMonday)) {
        name = "Later this week";
      } else if (monday.equals(thisMonday.plusWeeks(1))) {
        name = "Next week";
      } else {
        name = "Week of " + TimeFormat.longDay(monday);
      }
      groups.computeIfAbsent(name, key -> new ArrayList<>()).add(meeting);
    }
    return groups;
  }

  private static void months(
      StringBuilder html, Schedule schedule, List<Meeting> upcoming, LocalDate today) {
    YearMonth first = YearMonth.from(today);
    YearMonth last =
        upcoming.isEmpty() ? first : YearMonth.from(upcoming.get(upcoming.size() - 1).date());
    if (last.isAfter(first.plusMonths(MONTHS_SHOWN - 1))) {
      last = first.plusMonths(MONTHS_SHOWN - 1);
    }
    html.append("<section id=\"month\" aria-labelledby=\"month-h\">\n")
        .append("<h2 id=\"month-h\">Month view</h2>\n<div class=\"months\">\n");
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      MonthGrid.render(html, month, schedule.all(), today);
    }
    html.append("</div>\n</section>\n");
  }

  private static void foot(StringBuilder html) {
    html.append(
        """
        <footer class="wrap foot"><p>IGN Bot. The schedule is transcribed from the Co-Chairs'
        letters; the letter cited with each meeting is the authority.</p></footer>
        </body>
        </html>
        """);
  }
}
