package org.ignbot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.calendar.TestMeetings.plenary;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.junit.jupiter.api.Test;

class CalendarFeedsTests {
  private static final LocalDate NOV_19 = LocalDate.of(2024, 11, 19);
  private static final LocalDate NOV_21 = LocalDate.of(2024, 11, 21);
  private final Meeting veto = plenary("2024-11-19", NOV_19, Cluster.VETO);
  private final Meeting regional = plenary("2024-11-21", NOV_21, Cluster.REGIONAL);
  private final InMemoryScheduleRepository repository =
      new InMemoryScheduleRepository(new Schedule(List.of(veto, regional)));
  private final CalendarFeeds feeds =
      new CalendarFeeds(repository, Calendars.writer(), Clock.fixed(Calendars.NOW, ZoneOffset.UTC));

  @Test
  void repeatedRequestsAreAnsweredFromTheCacheWithoutRewriting() {
    RenderedCalendar first = feeds.feed("ign").orElseThrow();
    RenderedCalendar second = feeds.feed("ign").orElseThrow();

    assertThat(feeds.renders()).isEqualTo(1);
    assertThat(second).isSameAs(first);
    assertThat(first.lastModified()).isEqualTo(Calendars.NOW);
  }

  @Test
  void gzippedCopyUnpacksToTheCalendarAndHasItsOwnTag() throws Exception {
    RenderedCalendar feed = feeds.feed("ign").orElseThrow();

    try (var in =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(feed.gzipped()))) {
      assertThat(in.readAllBytes()).isEqualTo(feed.content());
    }
    assertThat(feed.gzipped().length).isLessThan(feed.content().length / 3);
    assertThat(feed.gzippedEtag()).isNotEqualTo(feed.etag()).startsWith("\"").endsWith("-gzip\"");
  }

  @Test
  void eachAnswerReadsTheKeptBytesAndCannotChangeThem() throws Exception {
    RenderedCalendar feed = feeds.feed("ign").orElseThrow();
    byte[] written = feed.content();

    java.io.ByteArrayOutputStream sent = new java.io.ByteArrayOutputStream();
    try (java.io.InputStream body = feed.open()) {
      body.transferTo(
          new java.io.OutputStream() {
            @Override
            public void write(int b) {
              sent.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
              sent.write(bytes, offset, length);
              // What the server does with the array it is handed must not reach the cache.
              java.util.Arrays.fill(bytes, offset, offset + length, (byte) '?');
            }
          });
    }

    assertThat(sent.toByteArray()).isEqualTo(written);
    assertThat(feed.length()).isEqualTo(written.length);
    assertThat(feed.open().readAllBytes()).isEqualTo(written);
    assertThat(feed.openGzipped().readAllBytes()).isEqualTo(feed.gzipped());
    assertThat(feed.gzippedLength()).isEqualTo(feed.gzipped().length);
  }

  @Test
  void publishingTheSameMeetingsAgainKeepsTheCache() {
    RenderedCalendar first = feeds.feed("ign").orElseThrow();
    repository.publish(new Schedule(List.of(regional, veto)));

    assertThat(feeds.feed("ign").orElseThrow()).isSameAs(first);
    assertThat(feeds.renders()).isEqualTo(1);
  }

  @Test
  void aChangedScheduleIsWrittenAgainWithANewEtag() {
    RenderedCalendar first = feeds.feed("ign").orElseThrow();
    repository.publish(
        new Schedule(
            List.of(
                TestMeetings.cancelled(veto, Instant.parse("2024-11-17T10:00:00Z")), regional)));

    RenderedCalendar second = feeds.feed("ign").orElseThrow();

    assertThat(feeds.renders()).isEqualTo(2);
    assertThat(second.etag()).isNotEqualTo(first.etag());
    assertThat(new String(second.content(), StandardCharsets.UTF_8)).contains("STATUS:CANCELLED");
  }

  @Test
  void theEtagDependsOnTheMeetingsNotOnWhenTheyWereWritten() {
    String early =
        Calendars.writer(Instant.parse("2024-01-01T00:00:00Z"))
            .write(CalendarFeed.all(), List.of(veto));
    String late =
        Calendars.writer(Instant.parse("2025-06-01T12:34:56Z"))
            .write(CalendarFeed.all(), List.of(veto));

    assertThat(early).isNotEqualTo(late);
    assertThat(CalendarFeeds.etag(utf8(early)))
        .isEqualTo(CalendarFeeds.etag(utf8(late)))
        .startsWith("\"");
  }

  @Test
  void theEtagIsTheSha256OfTheTextWithoutItsDtstampLinesSoTagsCalendarsHoldStayValid()
      throws Exception {
    String text = Calendars.writer().write(CalendarFeed.all(), List.of(veto, plenary("m", NOV_19)));
    String withoutStamps = text.replaceAll("(?m)^DTSTAMP:[^\\r\\n]*\\r\\n", "");
    byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(utf8(withoutStamps));

    assertThat(withoutStamps).isNotEqualTo(text).doesNotContain("DTSTAMP");
    assertThat(CalendarFeeds.etag(utf8(text)))
        .isEqualTo("\"" + java.util.HexFormat.of().formatHex(hash, 0, 16) + "\"");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void clusterFeedHoldsOnlyThatClustersMeetings() {
    String text =
        new String(feeds.feed("ign-veto").orElseThrow().content(), StandardCharsets.UTF_8);

    assertThat(Calendars.biweekly(text).getEvents())
        .extracting(e -> e.getUid().getValue())
        .containsExactly("2024-11-19-1@ign-bot", "2024-11-19-2@ign-bot");
    Calendars.ical4j(text);
  }

  @Test
  void meetingCalendarIsFoundByIdAndUnknownNamesAreNot() {
    RenderedCalendar meeting = feeds.meeting("2024-11-21").orElseThrow();

    assertThat(meeting.feed().fileName()).isEqualTo("2024-11-21.ics");
    assertThat(
            Calendars.biweekly(new String(meeting.content(), StandardCharsets.UTF_8)).getEvents())
        .hasSize(2);
    assertThat(feeds.meeting("2031-01-01")).isEmpty();
    assertThat(feeds.feed("ign-nonsense")).isEmpty();
    assertThat(feeds.feed("other")).isEmpty();
  }
}
