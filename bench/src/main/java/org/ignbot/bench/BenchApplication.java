package org.ignbot.bench;

import java.time.Clock;
import org.ignbot.core.calendar.CalendarFeeds;
import org.ignbot.core.calendar.FeedLinks;
import org.ignbot.core.calendar.IcsWriter;
import org.ignbot.core.calendar.PublicAddress;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.web.CalendarController;
import org.ignbot.web.ReadOnlyFilter;
import org.ignbot.web.WebErrors;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The web adapter's calendar endpoints on a large schedule, as the application wires them. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({CalendarController.class, WebErrors.class})
class BenchApplication {
  static final FeedLinks LINKS = new FeedLinks("http://localhost:8080");

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  InMemoryScheduleRepository scheduleRepository() {
    return new InMemoryScheduleRepository(BenchMeetings.schedule(1000, 1));
  }

  @Bean
  CalendarFeeds calendarFeeds(InMemoryScheduleRepository schedules, Clock clock) {
    return new CalendarFeeds(
        schedules, new IcsWriter(clock, LINKS, "noreply@ign-bot.invalid"), clock);
  }

  /** The configured address, as in production: the feeds link to it whatever host was asked. */
  @Bean
  PublicAddress publicAddress() {
    return PublicAddress.configured(LINKS);
  }

  @Bean
  ServerTime serverTime() {
    return new ServerTime();
  }

  @Bean
  ReadOnlyFilter readOnlyFilter() {
    return new ReadOnlyFilter();
  }
}
