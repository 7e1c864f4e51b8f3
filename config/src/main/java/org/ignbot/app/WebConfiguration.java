package org.ignbot.app;

import java.time.Clock;
import org.ignbot.core.calendar.CalendarFeeds;
import org.ignbot.core.calendar.FeedLinks;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.web.CalendarController;
import org.ignbot.web.PlainErrors;
import org.ignbot.web.ReadOnlyFilter;
import org.ignbot.web.SchedulePage;
import org.ignbot.web.SecurityHeaders;
import org.ignbot.web.TomcatErrors;
import org.ignbot.web.WebErrors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The web adapter: feeds, schedule page, health. On whenever the web server runs (the chat mode;
 * {@code ask} and {@code ics} turn the server off).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebConfiguration {

  @Bean
  CalendarController calendarController(CalendarFeeds feeds) {
    return new CalendarController(feeds);
  }

  @Bean
  SchedulePage schedulePage(ScheduleRepository schedules, FeedLinks links, Clock clock) {
    return new SchedulePage(schedules, links, clock);
  }

  @Bean
  WebErrors webErrors() {
    return new WebErrors();
  }

  @Bean
  ReadOnlyFilter readOnlyFilter() {
    return new ReadOnlyFilter();
  }

  /** One plain line for every error, in place of Spring Boot's {@code /error}. */
  @Bean
  PlainErrors plainErrors() {
    return new PlainErrors();
  }

  @Bean
  SecurityHeaders securityHeaders() {
    return new SecurityHeaders();
  }

  /** Tomcat's own refusals as one plain line too. */
  @Bean
  TomcatErrors tomcatErrors() {
    return new TomcatErrors();
  }
}
