package org.ignbot.web;

import static org.ignbot.web.Html.escape;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ignbot.core.schedule.Meeting;

/** A month as a calendar table, Monday first; each meeting day links to its meeting above. */
final class MonthGrid {
  private static final DateTimeFormatter TITLE =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private MonthGrid() {}

  static void render(StringBuilder html, YearMonth month, List<Meeting> meetings, LocalDate today) {
    Map<LocalDate, List<Meeting>> byDay =
        meetings.stream()
            .filter(meeting -> YearMonth.from(meeting.date()).equals(month))
            .collect(Collectors.groupingBy(Meeting::date));
    html.append("<table class=\"month\"><caption>")
        .append(TITLE.format(month))
        .append("</caption>\n<thead><tr>");
    for (DayOfWeek day : DayOfWeek.values()) {
      html.append("<th scope=\"col\"><abbr title=\"")
          .append(day.getDisplayName(TextStyle.FULL, Locale.UK))
          .append("\">")
          .append(day.getDisplayName(TextStyle.SHORT, Locale.UK), 0, 2)
          .append("</abbr></th>");
    }
    html.append("</tr></thead>\n<tbody><tr>");
    int blank = month.atDay(1).getDayOfWeek().getValue() - 1;
    html.append("<td></td>".repeat(blank));
    int column = blank;
    for (int dayOfMonth = 1; dayOfMonth <= month.lengthOfMonth(); dayOfMonth++) {
      if (column == 7) {
        html.append("</tr>\n<tr>");
        column = 0;
      }
      LocalDate day = month.atDay(dayOfMonth);
      List<Meeting> held = byDay.getOrDefault(day, List.of());
      html.append("<td");
      String classes =
          (day.equals(today) ? "today " : "")
              + (held.isEmpty() ? "" : "has ")
              + (!held.isEmpty() && held.stream().allMatch(Meeting::isCancelled)
                  ? "cancelled"
                  : "");
      if (!classes.isBlank()) {
        html.append(" class=\"").append(classes.strip()).append("\"");
      }
      if (day.equals(today)) {
        html.append(" aria-current=\"date\"");
      }
      html.append(">");
      if (held.isEmpty()) {
        html.append(dayOfMonth);
      } else {
        Meeting first = held.get(0);
        html.append("<a href=\"#")
            .append(escape(first.id()))
            .append("\" title=\"")
            .append(escape(title(held)))
            .append("\">")
            .append(dayOfMonth)
            .append("<span class=\"sr\">: ")
            .append(escape(title(held)))
            .append("</span></a>");
      }
      html.append("</td>");
      column++;
    }
    html.append("<td></td>".repeat(7 - column));
    html.append("</tr></tbody></table>\n");
  }

  private static String title(List<Meeting> meetings) {
    return meetings.stream()
        .map(meeting -> meeting.title() + (meeting.isCancelled() ? " (cancelled)" : ""))
        .collect(Collectors.joining("; "));
  }
}
