package org.ignbot.app;

import java.time.Clock;
import org.ignbot.core.calendar.CalendarFeeds;
import org.ignbot.core.calendar.PublicAddress;
import org.ignbot.core.schedule.ScheduleStore;
import org.ignbot.web.CalendarController;
import org.ignbot.web.LetterDownload;
import org.ignbot.web.MailLinks;
import org.ignbot.web.PlainErrors;
import org.ignbot.web.ReadOnlyFilter;
import org.ignbot.web.SchedulePage;
import org.ignbot.web.SecurityHeaders;
import org.ignbot.web.SubscribeChooser;
import org.ignbot.web.TomcatErrors;
import org.ignbot.web.WebErrors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
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
  CalendarController calendarController(CalendarFeeds feeds, PublicAddress address) {
    return new CalendarController(feeds, address);
  }

  @Bean
  SchedulePage schedulePage(
      ScheduleStore schedules,
      PublicAddress address,
      Clock clock,
      ObjectProvider<MailLinks> mailLinks) {
    // The e-mail form only where mail is set up (MailLinks takes its post).
    return new SchedulePage(
        schedules, address, clock, java.util.Optional.ofNullable(mailLinks.getIfAvailable()));
  }

  @Bean
  LetterDownload letterDownload(ScheduleStore schedules) {
    return new LetterDownload(schedules);
  }

  @Bean
  SubscribeChooser subscribeChooser(PublicAddress address) {
    return new SubscribeChooser(address);
  }

  /**
   * Links name the port the server listens on once it does (the application's, not management's).
   */
  @Bean
  ApplicationListener<WebServerInitializedEvent> servedPort(PublicAddress address) {
    return event -> {
      if (event.getApplicationContext().getServerNamespace() == null) {
        address.serving(event.getWebServer().getPort());
      }
    };
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
