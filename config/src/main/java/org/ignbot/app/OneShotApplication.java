package org.ignbot.app;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The context of one-shot runs ({@code ask}, {@code ics}, {@code import}): the database, the
 * schedule, the commands and the letters, and nothing that serves (no web server, Actuator,
 * metrics, chat platforms or reminder runner). Not a {@code @Configuration}, so that the bot's
 * component scan leaves it out.
 */
@Import({
  ProductionConfiguration.class,
  CoreConfiguration.class,
  ScheduleStoreConfiguration.class,
  StoreConfiguration.class,
  LettersConfiguration.class,
  CalendarConfiguration.class,
  AlarmConfiguration.class,
  Launcher.class,
  CurrentSchema.class
})
@ImportAutoConfiguration(DataSourceAutoConfiguration.class)
@EnableConfigurationProperties(IgnProperties.class)
final class OneShotApplication {}
