package org.ignbot.app;

import java.time.Clock;
import org.ignbot.core.calendar.CalendarFeeds;
import org.ignbot.core.calendar.FeedLinks;
import org.ignbot.core.calendar.IcsCommand;
import org.ignbot.core.calendar.IcsWriter;
import org.ignbot.core.calendar.LeadTimes;
import org.ignbot.core.calendar.PublicAddress;
import org.ignbot.core.schedule.ScheduleRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** iCalendar: the writer, the cached feeds and the {@code ics} command, in every mode. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
  CalendarConfiguration.WebProperties.class,
  CalendarConfiguration.CalendarProperties.class
})
class CalendarConfiguration {
  /** Spring Boot's own default for {@code server.port}. */
  static final int DEFAULT_PORT = 8080;

  /**
   * {@code ign.web.*}: where the web adapter is reached from outside.
   *
   * @param baseUrl the public address the feed links start with; empty: the address the bot serves
   *     (localhost on its port, or the host a web request came to)
   */
  @ConfigurationProperties("ign.web")
  record WebProperties(@DefaultValue("") String baseUrl) {
    WebProperties {
      // Checked while binding, so a bad value stops start-up with one line naming the setting.
      if (!baseUrl.isBlank()) {
        new FeedLinks(baseUrl);
      }
    }
  }

  /**
   * {@code ign.calendar.*}: what calendars show.
   *
   * @param organizer the address events name as organizer (METHOD:PUBLISH requires one)
   */
  @ConfigurationProperties("ign.calendar")
  record CalendarProperties(@DefaultValue("noreply@ign-bot.invalid") String organizer) {
    CalendarProperties {
      if (!organizer.matches("[^@\\s:]+@[^@\\s]+")) {
        throw new IllegalArgumentException("an e-mail address such as ign-bot@example.org");
      }
    }
  }

  /**
   * The configured address, or localhost on {@code server.port} until the web server says which
   * port it listens on (a random one when {@code server.port=0}).
   */
  @Bean
  PublicAddress publicAddress(WebProperties web, Environment environment) {
    if (!web.baseUrl().isBlank()) {
      return PublicAddress.configured(new FeedLinks(web.baseUrl()));
    }
    int port = environment.getProperty("server.port", Integer.class, DEFAULT_PORT);
    return PublicAddress.localPort(port > 0 ? port : DEFAULT_PORT);
  }

  @Bean
  IcsWriter icsWriter(Clock clock, PublicAddress address, CalendarProperties calendar) {
    return new IcsWriter(clock, address, calendar.organizer());
  }

  @Bean
  CalendarFeeds calendarFeeds(ScheduleRepository schedules, IcsWriter writer, Clock clock) {
    return new CalendarFeeds(schedules, writer, clock);
  }

  /** Alarms on downloads follow the asker's reminders once a subscriptions store provides them. */
  @Bean
  IcsCommand icsCommand(
      ScheduleRepository schedules,
      IcsWriter writer,
      PublicAddress address,
      ObjectProvider<LeadTimes> leadTimes) {
    return new IcsCommand(schedules, writer, address, leadTimes.getIfAvailable(LeadTimes::none));
  }
}
