package org.ignbot.web;

import static org.ignbot.web.Html.escape;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.ignbot.core.calendar.CalendarFeed;
import org.ignbot.core.calendar.FeedLinks;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.FieldChange;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.StoredLetter;
import org.ignbot.core.schedule.Topic;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.VenueTime;

/**
 * One meeting on the page: its day, sittings (New York time, and the viewer's once the script ran),
 * room, topics, clusters, notes, what changed and on whose word, and the letter it comes from.
 */
final class MeetingCard {
  private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.UK);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);

  private final FeedLinks links;
  private final Function<String, Optional<StoredLetter>> letters;
  private final Function<String, List<MeetingChange>> history;
  private final Instant now;

  MeetingCard(
      FeedLinks links,
      Function<String, Optional<StoredLetter>> letters,
      Function<String, List<MeetingChange>> history,
      Instant now) {
    this.links = links;
    this.letters = letters;
    this.history = history;
    this.now = now;
  }

  /** The meeting with its title as a heading of {@code level} (3 or 4, under its group). */
  void render(StringBuilder html, Meeting meeting, int level) {
    boolean past = !meeting.endsAt().isAfter(now);
    boolean underWay = !past && !meeting.startsAt().isAfter(now) && !meeting.isDateOnly();
    LocalDate today = LocalDate.ofInstant(now, VenueTime.ZONE);
    List<String> classes = new ArrayList<>(List.of("meeting"));
    if (meeting.isCancelled()) {
      classes.add("cancelled");
    }
    if (meeting.date().equals(today)) {
      classes.add("today");
    }
    if (past) {
      classes.add("past");
    }
    String headingId = "t-" + meeting.id();
    html.append("<article class=\"")
        .append(String.join(" ", classes))
        .append("\" id=\"")
        .append(escape(meeting.id()))
        .append("\" aria-labelledby=\"")
        .append(escape(headingId))
        .append("\">\n");
    html.append("<div class=\"day\" aria-hidden=\"true\"><span>")
        .append(WEEKDAY.format(meeting.date()))
        .append("</span><b>")
        .append(meeting.date().getDayOfMonth())
        .append("</b><span>")
        .append(MONTH.format(meeting.date()))
        .append("</span></div>\n<div class=\"body\">\n");
    html.append("<p class=\"date\"><time datetime=\"")
        .append(meeting.date())
        .append("\">")
        .append(escape(TimeFormat.longDay(meeting.date())))
        .append("</time>");
    if (underWay && !meeting.isCancelled()) {
      html.append(" <span class=\"badge now\">Under way</span>");
    } else if (meeting.date().equals(today) && !past && !meeting.isCancelled()) {
      html.append(" <span class=\"badge today\">Today</span>");
    }
    if (meeting.isCancelled()) {
      html.append(" <span class=\"badge cancelled\">Cancelled</span>");
    }
    html.append("</p>\n<h")
        .append(level)
        .append(" class=\"title\" id=\"")
        .append(escape(headingId))
        .append("\">")
        .append(escape(meeting.title()))
        .append("</h")
        .append(level)
        .append(">\n");
    List<String> notes = new ArrayList<>(meeting.notes());
    if (meeting.isCancelled()) {
      String reason = cancellationReason(meeting, notes);
      // "Cancelled in the letter of …" reads on from the bold word; any other reason follows it.
      boolean saysSo = reason.toLowerCase(Locale.ROOT).startsWith("cancelled");
      html.append("<p class=\"reason\"><strong>Cancelled</strong>")
          .append(escape(saysSo ? reason.substring("cancelled".length()) : ". " + reason))
          .append("</p>\n");
    }
    sittings(html, meeting);
    meeting
        .venue()
        .ifPresent(
            venue ->
                html.append("<p class=\"room\"><span class=\"label\">Room</span> ")
                    .append(escape(venue))
                    .append(", UN Headquarters</p>\n"));
    if (!meeting.clusters().isEmpty()) {
      html.append("<ul class=\"clusters\" aria-label=\"Clusters\">");
      for (Cluster cluster : meeting.clustersInOrder()) {
        html.append("<li>").append(escape(cluster.officialName())).append("</li>");
      }
      html.append("</ul>\n");
    }
    if (!meeting.topics().isEmpty()) {
      html.append("<p class=\"label\">Topics</p><ul class=\"topics\">");
      for (Topic topic : meeting.topics()) {
        html.append("<li>").append(escape(topic.text()));
        topic
            .presenter()
            .filter(presenter -> !topic.text().contains(presenter))
            .ifPresent(
                presenter -> html.append(" (presented by ").append(escape(presenter)).append(")"));
        html.append("</li>");
      }
      html.append("</ul>\n");
    }
    changes(html, meeting);
    if (!notes.isEmpty()) {
      html.append("<details class=\"notes\"><summary>Notes</summary>");
      for (String note : notes) {
        html.append("<p>").append(escape(note)).append("</p>");
      }
      html.append("</details>\n");
    }
    html.append("<p class=\"source\"><span class=\"label\">From</span> ");
    Optional<StoredLetter> letter = letters.apply(meeting.source().id());
    if (letter.isPresent()) {
      html.append("<a class=\"letter\" href=\"")
          .append(escape(LetterDownload.path(meeting.source().id())))
          .append("\" download>")
          .append(escape(meeting.source().citation()))
          .append("</a> <span class=\"muted\">(")
          .append(escape(LetterDownload.kind(letter.get())))
          .append(")</span>");
    } else {
      html.append(escape(meeting.source().citation()));
    }
    html.append("</p>\n");
    if (!past && !meeting.isCancelled()) {
      html.append("<p class=\"actions\">")
          .append(
              "<a class=\"button\" href=\""
                  + escape(links.url(CalendarFeed.of(meeting)))
                  + "\">Add to my calendar <span class=\"muted\">(.ics)</span></a>")
          .append("</p>\n");
    }
    html.append("</div>\n</article>\n");
  }

  private static void sittings(StringBuilder html, Meeting meeting) {
    if (meeting.isDateOnly()) {
      html.append("<p class=\"sittings\">Time not announced.</p>\n");
      return;
    }
    html.append("<ul class=\"sittings\">");
    for (Sitting sitting : meeting.sittings()) {
      html.append("<li data-start=\"")
          .append(sitting.startInstant())
          .append("\" data-end=\"")
          .append(sitting.endInstant())
          .append("\"><span class=\"part\">")
          .append(sitting.partOfDay())
          .append("</span> <span class=\"ny\"><time datetime=\"")
          .append(sitting.start().toOffsetDateTime())
          .append("\">")
          .append(TimeFormat.venueRange(sitting))
          .append("</time> New York</span><span class=\"local\" hidden></span>");
      if (sitting.spillOver()) {
        html.append(" <span class=\"badge spill\">possible spill-over</span>");
      }
      html.append("</li>");
    }
    html.append("</ul>\n");
  }

  /** What the history says changed (dates, times, rooms), each with the source that said so. */
  private void changes(StringBuilder html, Meeting meeting) {
    List<String> lines = new ArrayList<>();
    for (MeetingChange change : history.apply(meeting.id())) {
      if (change.kind() != MeetingChange.Kind.CHANGED) {
        continue;
      }
      for (FieldChange field : change.fields()) {
        lines.add(
            capitalised(field.field())
                + ": was "
                + field.was()
                + ", now "
                + field.now()
                + " ("
                + change.source().citation()
                + ")");
      }
    }
    if (lines.isEmpty()) {
      return;
    }
    html.append("<div class=\"changes\"><p class=\"label\">Changed</p><ul>");
    for (String line : lines) {
      html.append("<li>").append(escape(line)).append("</li>");
    }
    html.append("</ul></div>\n");
  }

  /**
   * Why the meeting is cancelled: the note the cancellation added (the last one), taken out of the
   * notes so it is not shown twice, or the source of the cancellation when no note says why.
   */
  private String cancellationReason(Meeting meeting, List<String> notes) {
    Optional<String> said =
        notes.stream()
            .filter(note -> note.toLowerCase(Locale.ROOT).contains("cancel"))
            .reduce((a, b) -> b);
    if (said.isPresent()) {
      notes.remove(said.get());
      return said.get();
    }
    return history.apply(meeting.id()).stream()
        .filter(change -> change.kind() == MeetingChange.Kind.CANCELLED)
        .reduce((a, b) -> b)
        .map(change -> "On the word of the " + change.source().citation() + ".")
        .orElse("No reason was given.");
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
