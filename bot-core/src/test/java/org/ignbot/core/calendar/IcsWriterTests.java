package org.ignbot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ignbot.core.calendar.TestMeetings.plenary;

import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.property.Status;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Topic;
import org.ignbot.core.time.VenueTime;
import org.junit.jupiter.api.Test;

class IcsWriterTests {
  private static final LocalDate NOV_19 = LocalDate.of(2024, 11, 19);
  private static final LocalDate NOV_21 = LocalDate.of(2024, 11, 21);
  private final IcsWriter writer = Calendars.writer();

  @Test
  void feedRoundTripsThroughBiweeklyWithTimesUidsSequenceAndStatus() {
    Meeting plenary = plenary("2024-11-19", NOV_19, Cluster.CATEGORIES);
    String text = writer.write(CalendarFeed.all(), List.of(plenary));

    ICalendar calendar = Calendars.biweekly(text);
    assertThat(calendar.getMethod().getValue()).isEqualTo("PUBLISH");
    List<VEvent> events = calendar.getEvents();
    assertThat(events)
        .extracting(e -> e.getUid().getValue())
        .containsExactly("2024-11-19-1@ign-bot", "2024-11-19-2@ign-bot");
    assertThat(events.get(0).getDateStart().getValue().toInstant())
        .isEqualTo(Instant.parse("2024-11-19T15:00:00Z"));
    assertThat(events.get(0).getDateEnd().getValue().toInstant())
        .isEqualTo(Instant.parse("2024-11-19T18:00:00Z"));
    assertThat(events.get(1).getDateStart().getValue().toInstant())
        .isEqualTo(Instant.parse("2024-11-19T20:00:00Z"));
    assertThat(
            calendar
                .getTimezoneInfo()
                .getTimezone(events.get(0).getDateStart())
                .getTimeZone()
                .getID())
        .isEqualTo("America/New_York");
    assertThat(events).extracting(e -> e.getSequence().getValue()).containsOnly(0);
    assertThat(events.get(0).getStatus().getValue()).isEqualTo(Status.confirmed().getValue());
    Calendars.ical4j(text);
  }

  @Test
  void controlCharactersInAMeetingsTextNeverReachTheFeed() {
    Meeting hostile =
        TestMeetings.withText(
            plenary("2024-11-19", NOV_19),
            "1st IGN\u0000 Plenary\u000B",
            List.of(Topic.of("Veto\u0085 and\u2028 regions\u001B[31m")),
            List.of("Room\u0007 change\u2029 noted\u007F"));

    String text = writer.write(CalendarFeed.all(), List.of(hostile));

    assertThat(text.replace("\r\n", "").chars().filter(c -> Character.isISOControl(c)))
        .as("control characters other than the CRLF line ends")
        .isEmpty();
    assertThat(text).doesNotContain("\u2028", "\u2029", "\u0085");
    VEvent event = Calendars.biweekly(text).getEvents().get(0);
    assertThat(event.getSummary().getValue()).startsWith("1st IGN Plenary");
    assertThat(event.getDescription().getValue()).contains("Room change\n noted");
    Calendars.ical4j(text);
  }

  @Test
  void aCalendarWithAControlCharacterIsNeverWritten() {
    String clean = "BEGIN:VCALENDAR\r\nX-A:b\r\nEND:VCALENDAR\r\n";

    assertThat(ContentLines.withoutControlCharacters(clean)).isEqualTo(clean);
    assertThatThrownBy(() -> ContentLines.withoutControlCharacters(clean.replace("b", "\u0000")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("U+0000");
    assertThatThrownBy(() -> ContentLines.withoutControlCharacters(clean.replace("b", "\n")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void spillOverSittingIsTentativeAndSaysSo() {
    String text = writer.write(CalendarFeed.all(), List.of(plenary("2024-11-21", NOV_21)));

    VEvent spillOver = Calendars.biweekly(text).getEvents().get(1);
    assertThat(spillOver.getStatus().isTentative()).isTrue();
    assertThat(spillOver.getSummary().getValue()).contains("possible spill-over");
    assertThat(spillOver.getDescription().getValue()).contains("Reserved for possible spill-over");
    Calendars.ical4j(text);
  }

  @Test
  void movingAMeetingKeepsTheUidAndRaisesSequenceWithTheNewTimes() {
    Meeting before = plenary("2024-11-19", NOV_19);
    Meeting after =
        TestMeetings.moved(
            before,
            NOV_21,
            List.of(
                TestMeetings.sitting(NOV_21, "11:00", "13:00", false),
                TestMeetings.sitting(NOV_21, "15:00", "17:00", false)),
            Instant.parse("2024-11-15T12:00:00Z"));

    VEvent was =
        Calendars.biweekly(writer.write(CalendarFeed.all(), List.of(before))).getEvents().get(0);
    String text = writer.write(CalendarFeed.all(), List.of(after));
    VEvent now = Calendars.biweekly(text).getEvents().get(0);

    assertThat(now.getUid().getValue()).isEqualTo(was.getUid().getValue());
    assertThat(now.getSequence().getValue()).isGreaterThan(was.getSequence().getValue());
    assertThat(now.getDateStart().getValue().toInstant())
        .isEqualTo(Instant.parse("2024-11-21T16:00:00Z"));
    assertThat(now.getLastModified().getValue().toInstant())
        .isEqualTo(Instant.parse("2024-11-15T12:00:00Z"));
    Calendars.ical4j(text);
  }

  @Test
  void cancellingKeepsEveryEventWithStatusCancelledAndAHigherSequence() {
    Meeting before = plenary("2024-11-19", NOV_19);
    Meeting cancelled = TestMeetings.cancelled(before, Instant.parse("2024-11-16T09:00:00Z"));

    String text =
        writer.write(CalendarFeed.all(), List.of(cancelled), List.of(Duration.ofHours(1)));
    List<VEvent> events = Calendars.biweekly(text).getEvents();

    assertThat(events)
        .extracting(e -> e.getUid().getValue())
        .containsExactly("2024-11-19-1@ign-bot", "2024-11-19-2@ign-bot");
    assertThat(events)
        .allSatisfy(
            event -> {
              assertThat(event.getStatus().isCancelled()).isTrue();
              assertThat(event.getSequence().getValue()).isEqualTo(1);
              assertThat(event.getSummary().getValue()).startsWith("CANCELLED: ");
              assertThat(event.getAlarms()).as("no alarm for a cancelled sitting").isEmpty();
            });
    Calendars.ical4j(text);
  }

  @Test
  void dateOnlyMeetingIsOneAllDayEventWithTheFirstSittingsUid() {
    Meeting debate = TestMeetings.dateOnly("2024-11-11", LocalDate.of(2024, 11, 11));
    String text = writer.write(CalendarFeed.of(debate), List.of(debate));

    VEvent event = Calendars.biweekly(text).getEvents().get(0);
    assertThat(event.getUid().getValue()).isEqualTo("2024-11-11-1@ign-bot");
    assertThat(event.getDateStart().getValue().hasTime()).isFalse();
    assertThat(text).contains("DTSTART;VALUE=DATE:20241111", "DTEND;VALUE=DATE:20241112");
    assertThat(event.getTransparency().isTransparent()).isTrue();
    assertThat(event.getSummary().getValue()).contains("time not announced");
    Calendars.ical4j(text);
  }

  @Test
  void personalDownloadCarriesAnAlarmPerLeadTimeAndThePublicFeedNone() {
    Meeting plenary = plenary("2024-11-19", NOV_19);
    List<Duration> leads = List.of(Duration.ofDays(1), Duration.ofHours(1));

    String personal = writer.write(CalendarFeed.of(plenary), List.of(plenary), leads);
    String feed = writer.write(CalendarFeed.all(), List.of(plenary));

    List<VAlarm> alarms = Calendars.biweekly(personal).getEvents().get(0).getAlarms();
    assertThat(alarms)
        .extracting(a -> a.getTrigger().getDuration().toString())
        .containsExactly("-P1D", "-PT1H");
    assertThat(alarms).allSatisfy(a -> assertThat(a.getAction().isDisplay()).isTrue());
    assertThat(Calendars.biweekly(feed).getEvents().get(0).getAlarms()).isEmpty();
    Calendars.ical4j(personal);
  }

  @Test
  void calendarCarriesPublishNamesRefreshAndAFullNewYorkTimeZone() {
    String text =
        writer.write(CalendarFeed.of(Cluster.VETO), List.of(plenary("x", NOV_19, Cluster.VETO)));

    assertThat(text)
        .contains(
            "\r\nMETHOD:PUBLISH\r\n",
            "\r\nNAME:IGN meetings: The question of the veto\r\n",
            "\r\nX-WR-CALNAME:IGN meetings: The question of the veto\r\n",
            "\r\nX-WR-TIMEZONE:America/New_York\r\n",
            "\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n",
            "\r\nX-PUBLISHED-TTL:PT1H\r\n",
            "\r\nORGANIZER;CN=IGN Bot:mailto:noreply@ign-bot.invalid\r\n",
            "\r\nDTSTAMP:20241118T170000Z\r\n",
            "\r\nCATEGORIES:The question of the veto\r\n",
            "\r\nLOCATION:Trusteeship Council Chamber\\, UN Headquarters\\, New York\r\n",
            "\r\nURL:https://ign.example.org/#x\r\n");
    assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    Calendar calendar = Calendars.ical4j(text);
    VTimeZone zone = calendar.<VTimeZone>getComponents("VTIMEZONE").get(0);
    assertThat(zone.getTimeZoneId().getValue()).isEqualTo("America/New_York");
    assertThat(zone.getObservances()).extracting(o -> o.getName()).contains("STANDARD", "DAYLIGHT");
    DtStart<ZonedDateTime> start =
        calendar
            .getComponents("VEVENT")
            .get(0)
            .<DtStart<ZonedDateTime>>getProperty("DTSTART")
            .orElseThrow();
    assertThat(start.getDate().toInstant()).isEqualTo(Instant.parse("2024-11-19T15:00:00Z"));
  }

  @Test
  void strictValidationWouldCatchAPublishWithoutOrganizer() throws Exception {
    String text = writer.write(CalendarFeed.all(), List.of(plenary("m", NOV_19)));
    String withoutOrganizer = text.replaceAll("ORGANIZER[^\r]*\r\n", "");

    Calendar calendar =
        new net.fortuna.ical4j.data.CalendarBuilder()
            .build(new java.io.StringReader(withoutOrganizer));

    assertThat(calendar.validate().hasErrors()).isTrue();
    Calendars.ical4j(text);
  }

  @Test
  void emptyFeedIsStillAValidCalendar() {
    String text = writer.write(CalendarFeed.of(Cluster.RELATIONSHIP), List.of());

    assertThat(Calendars.biweekly(text).getEvents()).isEmpty();
    Calendars.ical4j(text);
  }

  @Test
  void punctuationQuotesNewlinesAndNonLatinScriptsSurviveBothParsers() {
    String title = "Plenary, \"models\"; text\\with back-slash";
    List<Topic> topics =
        List.of(
            new Topic("نموذج المجموعة العربية، الإصلاح", Optional.of("المملكة العربية السعودية")),
            Topic.of("中华人民共和国的立场；安全理事会改革"),
            Topic.of("Российская Федерация: позиция, «вето»"));
    Meeting meeting =
        TestMeetings.withText(
            plenary("2024-11-19", NOV_19),
            title,
            topics,
            List.of("Line one\nline two; \"quoted\""));

    String text = writer.write(CalendarFeed.all(), List.of(meeting));
    VEvent event = Calendars.biweekly(text).getEvents().get(0);
    Calendar ical4j = Calendars.ical4j(text);

    assertThat(event.getSummary().getValue()).isEqualTo(title + " (morning)");
    String description = event.getDescription().getValue();
    assertThat(description)
        .contains(
            "Topics: نموذج المجموعة العربية، الإصلاح; 中华人民共和国的立场；安全理事会改革; "
                + "Российская Федерация: позиция, «вето»",
            "Note: Line one\nline two; \"quoted\"");
    assertThat(
            ical4j
                .getComponents("VEVENT")
                .get(0)
                .getProperty("DESCRIPTION")
                .orElseThrow()
                .getValue())
        .isEqualTo(description);
  }

  @Test
  void linesAreFoldedAt75OctetsWithoutSplittingAUtf8Character() throws Exception {
    Meeting meeting =
        TestMeetings.withText(
            plenary("2024-11-19", NOV_19),
            "安全理事会改革政府间谈判".repeat(8) + " 🇺🇳🇺🇳🇺🇳",
            List.of(Topic.of("إصلاح مجلس الأمن ".repeat(10)), Topic.of("реформа ".repeat(20))),
            List.of());

    byte[] bytes =
        writer.write(CalendarFeed.all(), List.of(meeting)).getBytes(StandardCharsets.UTF_8);

    int lines = 0;
    int start = 0;
    for (int i = 0; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        assertThat(i - start).as("octets in line %d", lines).isLessThanOrEqualTo(75);
        strictUtf8(ByteBuffer.wrap(bytes, start, i - start));
        start = i + 2;
        lines++;
      }
    }
    assertThat(start).isEqualTo(bytes.length);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n ");
  }

  @Test
  void sequenceFollowsTheRevisionAndDtstampTheClock() {
    Meeting third =
        TestMeetings.moved(
            TestMeetings.moved(
                plenary("m", NOV_19),
                NOV_19,
                plenary("m", NOV_19).sittings(),
                Instant.parse("2024-11-10T10:00:00Z")),
            NOV_19,
            plenary("m", NOV_19).sittings(),
            Instant.parse("2024-11-12T10:00:00Z"));

    String text =
        Calendars.writer(Instant.parse("2024-11-20T08:30:15.987Z"))
            .write(CalendarFeed.all(), List.of(third));

    VEvent event = Calendars.biweekly(text).getEvents().get(0);
    assertThat(event.getSequence().getValue()).isEqualTo(2);
    assertThat(event.getDateTimeStamp().getValue().toInstant())
        .isEqualTo(Instant.parse("2024-11-20T08:30:15Z"));
    assertThat(VenueTime.ZONE.getId()).isEqualTo("America/New_York");
  }

  private static void strictUtf8(ByteBuffer line) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(line);
    } catch (CharacterCodingException e) {
      throw new AssertionError("a folded line splits a UTF-8 character", e);
    }
  }
}
