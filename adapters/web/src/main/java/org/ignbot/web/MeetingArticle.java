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
import org.ignbot.core.reply.card.CardField;
import org.ignbot.core.reply.card.MeetingCard;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.StoredLetter;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.VenueTime;

/**
 * One meeting on the page: its day, sittings (New York time, and the viewer's once the script ran),
 * room, topics, clusters, notes, what changed and on whose word, and the letter it comes from.
 */
final class MeetingArticle {
  private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.UK);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);

  private final FeedLinks links;
  private final Function<String, Optional<StoredLetter>> letters;
  private final Function<String, List<MeetingChange>> history;
  private final Instant now;

  MeetingArticle(
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
    MeetingCard card = MeetingCard.of(meeting, history.apply(meeting.id()));
    Optional<MeetingCard.Cancellation> cancellation = card.cancellation();
    if (cancellation.isPresent()) {
      String reason = cancellation.get().reason().orElse("No reason was given.");
      // "Cancelled in the letter of …" reads on from the bold word; any other reason follows it.
      boolean saysSo = reason.toLowerCase(Locale.ROOT).startsWith("cancelled");
      html.append("<p class=\"reason\"><strong>Cancelled</strong>")
          .append(escape(saysSo ? reason.substring("cancelled".length()) : ". " + reason))
          .append("</p>\n");
    }
    // The note that says why it is cancelled is shown once, as the reason.
    Optional<String> reasonNote = cancellation.flatMap(MeetingCard.Cancellation::note);
    for (List<CardField> run : card.runs()) {
      switch (run.get(0).kind()) {
        case TIME -> html.append("<p class=\"sittings\">Time not announced.</p>\n");
        case SITTING -> sittings(html, run);
        case VENUE -> room(html, (CardField.Text) run.get(0));
        case CLUSTERS ->
            list(html, "<ul class=\"clusters\" aria-label=\"Clusters\">", run, "</ul>\n");
        case TOPICS ->
            list(html, "<p class=\"label\">Topics</p><ul class=\"topics\">", run, "</ul>\n");
        case CHANGE ->
            list(
                html,
                "<div class=\"changes\"><p class=\"label\">Changed</p><ul>",
                run,
                "</ul></div>\n");
        case NOTE -> notes(html, run, reasonNote);
        case SOURCE -> source(html, meeting.source().id(), ((CardField.Text) run.get(0)).value());
        default -> {
          // Session, revision and id are for the chat's "meeting" command.
        }
      }
    }
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

  private static void sittings(StringBuilder html, List<CardField> run) {
    html.append("<ul class=\"sittings\">");
    for (CardField field : run) {
      Sitting sitting = ((CardField.TimeRange) field).sitting();
      html.append("<li data-start=\"")
          .append(sitting.startInstant())
          .append("\" data-end=\"")
          .append(sitting.endInstant())
          .append("\"><span class=\"part\">")
          .append(field.label())
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

  /** The letter it comes from, as a download where the letter is kept. */
  private void source(StringBuilder html, String letterId, String citation) {
    html.append("<p class=\"source\"><span class=\"label\">From</span> ");
    Optional<StoredLetter> letter = letters.apply(letterId);
    if (letter.isPresent()) {
      html.append("<a class=\"letter\" href=\"")
          .append(escape(LetterDownload.path(letterId)))
          .append("\" download>")
          .append(escape(citation))
          .append("</a> <span class=\"muted\">(")
          .append(escape(LetterDownload.kind(letter.get())))
          .append(")</span>");
    } else {
      html.append(escape(citation));
    }
    html.append("</p>\n");
  }

  /** The room, when the letter named one: the page says nothing of a room not announced. */
  private static void room(StringBuilder html, CardField.Text venue) {
    if (venue.announced()) {
      html.append("<p class=\"room\"><span class=\"label\">Room</span> ")
          .append(escape(venue.value()))
          .append("</p>\n");
    }
  }

  /** Each value a list item, with its aside in brackets. */
  private static void list(
      StringBuilder html, String opening, List<CardField> run, String closing) {
    html.append(opening);
    for (CardField field : run) {
      CardField.Text text = (CardField.Text) field;
      for (int i = 0; i < text.values().size(); i++) {
        html.append("<li>").append(escape(text.values().get(i)));
        if (!text.asides().get(i).isEmpty()) {
          html.append(" (").append(escape(text.asides().get(i))).append(")");
        }
        html.append("</li>");
      }
    }
    html.append(closing);
  }

  private static void notes(StringBuilder html, List<CardField> run, Optional<String> reason) {
    List<String> notes = new ArrayList<>();
    run.forEach(field -> notes.add(((CardField.Text) field).value()));
    reason.ifPresent(notes::remove);
    if (!notes.isEmpty()) {
      html.append("<details class=\"notes\"><summary>Notes</summary>");
      for (String note : notes) {
        html.append("<p>").append(escape(note)).append("</p>");
      }
      html.append("</details>\n");
    }
  }
}
