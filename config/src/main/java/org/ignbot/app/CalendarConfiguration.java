package org.ignbot.app;

import java.time.Clock;
import org.ignbot.core.calendar.CalendarFeeds;
import org.ignbot.core.calendar.FeedLinks;
import org.ignbot.core.calendar.IcsCommand;
import org.ignbot.core.calendar.IcsWriter;
import org.ignbot.core.calendar.LeadTimes;
import org.ignbot.core.schedule.ScheduleRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** iCalendar: the writer, the cached feeds and the {@code ics} command, in every mode. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
  CalendarConfiguration.WebProperties.class,
  CalendarConfiguration.CalendarProperties.class
})
class CalendarConfiguration {

  /**
   * {@code ign.web.*}: where the web adapter is reached from outside.
   *
   * @param baseUrl the public address the feed links start with
   */
  @ConfigurationProperties("ign.web")
  record WebProperties(@DefaultValue("http://localhost:8080") String baseUrl) {
    WebProperties {
      // Checked while binding, so a bad value stops start-up with one line naming the setting.
      new FeedLinks(baseUrl);
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

  @Bean
  FeedLinks feedLinks(WebProperties web) {
    return new FeedLinks(web.baseUrl());
  }

  @Bean
  IcsWriter icsWriter(Clock clock, FeedLinks links, CalendarProperties calendar) {
    return new IcsWriter(clock, links, calendar.organizer());
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
      FeedLinks links,
      ObjectProvider<LeadTimes> leadTimes) {
    return new IcsCommand(schedules, writer, links, leadTimes.getIfAvailable(LeadTimes::none));
  }
}
