package org.ignbot.app;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.ignbot.core.schedule.Publication;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleFile;
import org.ignbot.store.JdbcScheduleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * The schedule in the database: the one {@code ScheduleStore} (and {@code ScheduleRepository}). The
 * schedule file ({@code ign.data.schedule}) is read at every start, so a broken file still stops
 * the bot, but it only seeds a database that has never had a schedule; from then on publications
 * (letters, admins' corrections) in the database are the truth.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleStoreProperties.class)
class ScheduleStoreConfiguration {
  private static final Logger log = LoggerFactory.getLogger(ScheduleStoreConfiguration.class);

  @Bean
  @DependsOnDatabaseInitialization
  JdbcScheduleStore scheduleRepository(
      DataSource dataSource,
      Clock clock,
      IgnProperties ignProperties,
      ScheduleStoreProperties properties,
      ResourceLoader resources) {
    String location = ignProperties.data().schedule();
    Schedule file = ScheduleFile.parse(CoreConfiguration.read(resources, location), location);
    JdbcScheduleStore store =
        new JdbcScheduleStore(dataSource, clock, properties.refreshInterval());
    if (store.seedIfEmpty(file)) {
      // Debug, not info: `ask` keeps standard error for the answer's own messages.
      log.debug("The database had no schedule: seeded it from {}", location);
    } else if (properties.reseed()) {
      boolean replaced =
          store.publish(new Publication(store.current(), file, List.of(), Optional.empty()));
      log.warn(
          replaced
              ? "ign.schedule.reseed: the meetings in the database are now those of {}; turn the"
                  + " setting off again"
              : "ign.schedule.reseed: another instance published meanwhile; {} was not applied",
          location);
    }
    return store;
  }
}
