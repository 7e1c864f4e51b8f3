package org.ignbot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ignbot.core.schedule.Cluster;
import org.junit.jupiter.api.Test;

class FeedLinksTests {
  private final FeedLinks links = new FeedLinks("https://ign.example.org/");

  @Test
  void feedsLiveUnderCalendarAndMeetingsUnderMeetings() {
    assertThat(links.url(CalendarFeed.all())).isEqualTo("https://ign.example.org/calendar/ign.ics");
    assertThat(links.url(CalendarFeed.of(Cluster.SIZE_METHODS)))
        .isEqualTo("https://ign.example.org/calendar/ign-size-methods.ics");
    assertThat(
            links.url(
                CalendarFeed.of(
                    TestMeetings.plenary("2024-11-19", java.time.LocalDate.of(2024, 11, 19)))))
        .isEqualTo("https://ign.example.org/meetings/2024-11-19.ics");
  }

  @Test
  void subscribeLinksCarryTheFeedEncoded() {
    assertThat(links.webcal(CalendarFeed.all()))
        .isEqualTo("webcal://ign.example.org/calendar/ign.ics");
    assertThat(links.google(CalendarFeed.all()))
        .isEqualTo(
            "https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fign.example.org%2Fcalendar%2Fign.ics");
    assertThat(links.outlook(CalendarFeed.all()))
        .startsWith(
            "https://outlook.office.com/calendar/0/addfromweb?url=https%3A%2F%2Fign.example.org%2Fcalendar%2Fign.ics&name=IGN%20meetings%20%28Security%20Council%20reform%29");
  }

  @Test
  void baseUrlMustBeAnHttpAddress() {
    assertThatThrownBy(() -> new FeedLinks("ftp://example.org"))
        .hasMessageContaining("http:// or https://");
    assertThatThrownBy(() -> new FeedLinks("not a url"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
