package org.ignbot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.calendar.TestMeetings.plenary;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Topic;
import org.junit.jupiter.api.Test;

/** The events are written as text directly; iCal4j, reading them, writes the very same text. */
class ContentLinesTests {
  private static final LocalDate NOV_19 = LocalDate.of(2024, 11, 19);
  private static final Instant PUBLISHED = Instant.parse("2024-11-05T14:30:12.345Z");

  @Test
  void everyKindOfEventIsTheTextIcal4jWritesForItAgain() throws Exception {
    Meeting plenary = plenary("2024-11-19", NOV_19, Cluster.VETO, Cluster.CATEGORIES);
    Meeting moved =
        TestMeetings.moved(
            plenary("2024-11-21", NOV_19.plusDays(2), Cluster.REGIONAL),
            NOV_19.plusDays(3),
            List.of(TestMeetings.sitting(NOV_19.plusDays(3), "15:00", "18:00", false)),
            PUBLISHED);
    Meeting cancelled =
        TestMeetings.cancelled(plenary("2024-11-26", NOV_19.plusDays(7)), PUBLISHED);
    Meeting foreign =
        TestMeetings.withText(
            plenary("2024-12-03", NOV_19.plusDays(14), Cluster.SIZE_METHODS),
            "Plenary, \"models\"; text\\with back-slash " + "安全理事会改革".repeat(6),
            List.of(
                new Topic("نموذج المجموعة العربية، الإصلاح", Optional.of("المملكة العربية")),
                Topic.of("реформа ".repeat(20))),
            List.of("Line one\nline two; \"quoted\""));
    Meeting dayOnly = TestMeetings.dateOnly("2024-12-10", NOV_19.plusDays(21));
    List<Meeting> meetings = List.of(plenary, moved, cancelled, foreign, dayOnly);

    String text =
        Calendars.writer()
            .write(
                CalendarFeed.all(), meetings, List.of(Duration.ofDays(1), Duration.ofMinutes(90)));
    Calendar calendar = new CalendarBuilder().build(new StringReader(text));

    List<CalendarComponent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(8);
    int from = 0;
    for (CalendarComponent event : events) {
      String again = LineFolder.fold(event.toString());
      int at = text.indexOf("BEGIN:VEVENT\r\n", from);
      assertThat(text.substring(at, at + again.length())).isEqualTo(again);
      from = at + again.length();
    }
    assertThat(text.substring(from)).isEqualTo("END:VCALENDAR\r\n");
  }

  @Test
  void timesAreWrittenInTheBasicFormatOfRfc5545() {
    assertThat(ContentLines.utc(Instant.parse("2024-03-09T07:05:03Z")))
        .isEqualTo("20240309T070503Z");
    assertThat(ContentLines.local(LocalDateTime.of(2025, 1, 6, 15, 0)))
        .isEqualTo("20250106T150000");
    assertThat(ContentLines.date(LocalDate.of(2024, 12, 31))).isEqualTo("20241231");
  }

  @Test
  void aLongLineIsFoldedWhereItIsWrittenAndAShortOneLeftAlone() {
    StringBuilder out = new StringBuilder("BEGIN:VEVENT\r\n");
    new ContentLines(out).line("UID", "a").text("SUMMARY", "x".repeat(80) + ", y");

    assertThat(out.toString())
        .isEqualTo(
            "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:"
                + "x".repeat(67)
                + "\r\n "
                + "x".repeat(13)
                + "\\, y\r\n");
  }
}
