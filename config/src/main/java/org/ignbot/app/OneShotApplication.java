package org.ignbot.app;

import org.ignbot.scheduler.ReminderRunner;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
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
  DigestConfiguration.class,
  LettersConfiguration.class,
  CalendarConfiguration.class,
  AlarmConfiguration.class,
  Launcher.class,
  CurrentSchema.class,
  OneShotApplication.RunnerOnlyWhenAskedFor.class
})
@ImportAutoConfiguration(DataSourceAutoConfiguration.class)
@EnableConfigurationProperties(IgnProperties.class)
final class OneShotApplication {

  /**
   * The reminder runner (db-scheduler) is made only if the answer needs it: to plan a new
   * subscription's reminders or a publication's notices. Every other bean is made at start, so that
   * a wrong setting stops a one-shot as it stops the bot.
   */
  static final class RunnerOnlyWhenAskedFor implements BeanFactoryPostProcessor {
    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
      for (String name : beanFactory.getBeanNamesForType(ReminderRunner.class, true, false)) {
        beanFactory.getBeanDefinition(name).setLazyInit(true);
      }
    }
  }
}
