package org.ignbot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ignbot.core.calendar.TestMeetings.plenary;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Schedule;
import org.junit.jupiter.api.Test;

class PublicAddressTests {
  private final InMemoryScheduleRepository schedules =
      new InMemoryScheduleRepository(
          new Schedule(List.of(plenary("2024-11-19", LocalDate.of(2024, 11, 19), Cluster.VETO))));

  private static IcsWriter writer(PublicAddress address) {
    return new IcsWriter(
        Clock.fixed(Calendars.NOW, ZoneOffset.UTC), address, "noreply@ign-bot.invalid");
  }

  private CalendarFeeds feeds() {
    return new CalendarFeeds(
        schedules,
        writer(PublicAddress.localPort(8080)),
        Clock.fixed(Calendars.NOW, ZoneOffset.UTC));
  }

  private Reply ask(PublicAddress address, String text) {
    CommandEngine engine =
        new CommandEngine(
            List.of(new IcsCommand(schedules, writer(address), address, LeadTimes.none())),
            Clock.fixed(Calendars.NOW, ZoneOffset.UTC),
            new InMemoryUserSettings());
    return engine.handle(Asker.terminalOperator(), text);
  }

  @Test
  void withoutAConfiguredAddressTheIcsAnswerNamesThePortTheServerListensOn() {
    PublicAddress address = PublicAddress.localPort(8080);
    address.serving(58417);

    Reply reply = ask(address, "ics");

    assertThat(String.join("\n", reply.lines()))
        .contains(
            "http://localhost:58417/calendar/ign.ics",
            "webcal://localhost:58417/calendar/ign.ics",
            "http://localhost:58417/")
        .doesNotContain("8080");
    assertThat(new String(reply.attachments().get(0).content(), StandardCharsets.UTF_8))
        .contains("URL:http://localhost:58417/#2024-11-19")
        .doesNotContain("8080");
  }

  @Test
  void beforeTheServerListensLinksNameThePortItWasToldToUse() {
    assertThat(PublicAddress.localPort(58417).get().baseUrl()).isEqualTo("http://localhost:58417");
  }

  @Test
  void aConfiguredAddressWinsOverTheServedPortAndTheRequestsHost() {
    PublicAddress address = PublicAddress.configured(new FeedLinks("https://ign.example.org"));
    address.serving(58417);

    assertThat(address.get().baseUrl()).isEqualTo("https://ign.example.org");
    assertThat(address.forRequest("http://10.0.0.5:9000").baseUrl())
        .isEqualTo("https://ign.example.org");
    assertThat(address.isConfigured()).isTrue();
  }

  @Test
  void aWebAnswerUsesTheRequestsHostUnlessItIsNoUrl() {
    PublicAddress address = PublicAddress.localPort(8080);

    assertThat(address.forRequest("http://10.0.0.5:9000").baseUrl())
        .isEqualTo("http://10.0.0.5:9000");
    assertThat(address.forRequest("http://bad host").baseUrl()).isEqualTo("http://localhost:8080");
  }

  @Test
  void aPortOutsideTheRangeIsRefused() {
    assertThatThrownBy(() -> PublicAddress.localPort(0))
        .hasMessage("a port is between 1 and 65535: 0");
  }

  @Test
  void feedsWrittenForARequestLinkToItsHostAndAreCachedPerHost() {
    CalendarFeeds feeds = feeds();
    FeedLinks lan = new FeedLinks("http://10.0.0.5:9000");

    RenderedCalendar first = feeds.feed("ign", lan).orElseThrow();
    RenderedCalendar again = feeds.feed("ign", lan).orElseThrow();
    RenderedCalendar meeting = feeds.meeting("2024-11-19", lan).orElseThrow();

    assertThat(again).isSameAs(first);
    assertThat(new String(first.content(), StandardCharsets.UTF_8))
        .contains("URL:http://10.0.0.5:9000/#2024-11-19");
    assertThat(new String(meeting.content(), StandardCharsets.UTF_8))
        .contains("URL:http://10.0.0.5:9000/#2024-11-19");
    assertThat(feeds.feed("ign").orElseThrow().etag()).isNotEqualTo(first.etag());
  }

  @Test
  void requestsNamingEverNewHostsAreWrittenButNotKept() {
    CalendarFeeds feeds = feeds();
    for (int i = 0; i < CalendarFeeds.ADDRESSES_CACHED; i++) {
      feeds.feed("ign", new FeedLinks("http://host" + i + ".example"));
    }
    FeedLinks stranger = new FeedLinks("http://stranger.example");

    RenderedCalendar first = feeds.feed("ign", stranger).orElseThrow();
    RenderedCalendar second = feeds.feed("ign", stranger).orElseThrow();

    assertThat(second).isNotSameAs(first);
    assertThat(second.content()).isEqualTo(first.content());
  }
}
