package org.ignbot.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ignbot.core.calendar.CalendarFeeds;
import org.ignbot.core.calendar.FeedLinks;
import org.ignbot.core.calendar.IcsWriter;
import org.ignbot.core.calendar.PublicAddress;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.schedule.Topic;
import org.ignbot.core.time.VenueTime;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/** The web adapter alone, on a small schedule: what the application's wiring does, for tests. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({
  CalendarController.class,
  SchedulePage.class,
  WebErrors.class,
  PlainErrors.class,
  SecurityHeaders.class,
  TomcatErrors.class,
  LetterDownload.class,
  SubscribeChooser.class
})
class WebTestApplication {
  static final Instant NOW = Instant.parse("2024-11-18T17:00:00Z");
  static final Source LETTER =
      new Source("letter", "Co-Chairs' letter", Optional.empty(), List.of("Alexander"), List.of());

  static Meeting plenary(String id, LocalDate day, int revision, String from, Cluster cluster) {
    return new Meeting(
        id,
        79,
        "1st IGN Plenary <b>&</b>",
        day,
        List.of(
            new Sitting(
                day.atTime(LocalTime.parse(from)).atZone(VenueTime.ZONE),
                day.atTime(LocalTime.parse(from)).plusHours(3).atZone(VenueTime.ZONE),
                false)),
        Optional.of("Trusteeship Council Chamber"),
        List.of(Topic.of("Categories of membership")),
        Set.of(cluster),
        List.of(),
        MeetingStatus.SCHEDULED,
        revision,
        Optional.empty(),
        LETTER);
  }

  static Schedule schedule() {
    return new Schedule(
        List.of(
            plenary("2024-11-19", LocalDate.of(2024, 11, 19), 1, "10:00", Cluster.VETO),
            plenary("2024-11-12", LocalDate.of(2024, 11, 12), 1, "10:00", Cluster.REGIONAL)));
  }

  @Bean
  Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  /** {@code test.schedule=delegate}: the fuller schedule the page's tests look at. */
  @Bean
  InMemoryScheduleRepository scheduleRepository(Environment environment) {
    return environment.getProperty("test.schedule", "small").equals("delegate")
        ? DelegateSchedule.repository()
        : new InMemoryScheduleRepository(schedule());
  }

  /** {@code test.base-url=}: no configured address, so links name the request's host. */
  @Bean
  PublicAddress publicAddress(Environment environment) {
    String base = environment.getProperty("test.base-url", "https://ign.example.org");
    return base.isEmpty()
        ? PublicAddress.localPort(8080)
        : PublicAddress.configured(new FeedLinks(base));
  }

  @Bean
  ApplicationListener<WebServerInitializedEvent> servedPort(PublicAddress address) {
    return event -> address.serving(event.getWebServer().getPort());
  }

  @Bean
  CalendarFeeds calendarFeeds(
      InMemoryScheduleRepository schedules, PublicAddress address, Clock clock) {
    return new CalendarFeeds(
        schedules, new IcsWriter(clock, address, "noreply@ign-bot.invalid"), clock);
  }

  @Bean
  ReadOnlyFilter readOnlyFilter() {
    return new ReadOnlyFilter();
  }
}
