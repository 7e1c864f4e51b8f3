package org.ignbot.app;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.ignbot.core.calendar.IcsCommand;
import org.ignbot.core.calendar.IcsWriter;
import org.ignbot.core.calendar.PublicAddress;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.digest.DigestStore;
import org.ignbot.core.letter.LetterImport;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.ScheduleListener;
import org.ignbot.core.schedule.SchedulePublisher;
import org.ignbot.core.user.UserSettings;
import org.ignbot.scheduler.ReminderRunner;
import org.ignbot.shell.ShellMessenger;
import org.ignbot.store.JdbcScheduleStore;
import org.ignbot.store.remind.Deliveries;
import org.ignbot.store.remind.RetryAfterGates;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;

/**
 * The objects a one-shot answer needs, without a Spring application context: the settings are read
 * as the bot reads them ({@link BotSettings}, the same properties records), and the objects made by
 * the bot's own configuration classes, their factory methods called by hand in the order the
 * context would call them. No web server, Actuator, chat platform or reminder runner (made only if
 * the answer needs it: a subscription's plan, a publication's notices); e-mail when it is
 * configured.
 */
final class OneShotWiring implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final OneShotMail mail;
  final CommandEngine engine;
  final TextRenderer renderer;
  final LetterImport letters;

  private OneShotWiring(BotSettings settings) {
    ConfigurableEnvironment environment = settings.environment();
    if (environment.matchesProfiles("prod")) {
      ProductionConfiguration.checkDatabaseUrl(
          environment.getProperty("spring.datasource.url", ""));
    }
    IgnProperties ign = settings.bind(IgnProperties.class);
    ReminderProperties reminders = settings.bind(ReminderProperties.class);
    ResourceLoader resources = new DefaultResourceLoader(OneShotWiring.class.getClassLoader());

    CoreConfiguration core = new CoreConfiguration();
    Clock clock = core.clock(ign);
    var knowledge = core.knowledge(ign, resources);
    core.adminList(ign);
    renderer = core.textRenderer();

    dataSource = dataSource(settings);
    try {
      CurrentSchema schema = new CurrentSchema();
      schema.setEnvironment(environment);
      schema.postProcessAfterInitialization(dataSource, "dataSource");

      JdbcScheduleStore schedules =
          new ScheduleStoreConfiguration()
              .scheduleRepository(
                  dataSource, clock, ign, settings.bind(ScheduleStoreProperties.class), resources);
      StoreConfiguration store = new StoreConfiguration();
      UserSettings users = store.userSettings(dataSource, clock);
      SubscriptionStore subscriptions = store.subscriptionStore(dataSource, clock);
      ShellMessenger messenger = store.shellMessenger(renderer);
      Deliveries deliveries = store.deliveries(dataSource);
      RetryAfterGates windows = store.retryAfterGates(dataSource);
      Supplier<ReminderRunner> runner =
          Providers.once(
              () ->
                  store.reminderRunner(
                      dataSource,
                      clock,
                      schedules,
                      subscriptions,
                      store.delivery(
                          clock,
                          schedules,
                          subscriptions,
                          users,
                          List.of(messenger),
                          deliveries,
                          windows,
                          reminders),
                      reminders));

      CalendarConfiguration calendars = new CalendarConfiguration();
      PublicAddress address =
          calendars.publicAddress(
              settings.bind(CalendarConfiguration.WebProperties.class), environment);
      IcsWriter writer =
          calendars.icsWriter(
              clock, address, settings.bind(CalendarConfiguration.CalendarProperties.class));
      IcsCommand ics =
          calendars.icsCommand(
              schedules,
              writer,
              address,
              Providers.provider(
                  () -> new AlarmConfiguration().subscribedLeadTimes(subscriptions)));

      DigestStore digests = new DigestConfiguration().digestStore(dataSource);
      mail =
          OneShotMail.wire(
              settings, dataSource, deliveries, clock, schedules, address, writer, digests);
      List<Supplier<? extends ScheduleListener>> listeners = new ArrayList<>(List.of(runner));
      if (mail != null) {
        listeners.add(mail.invitations);
      }
      LettersConfiguration letterConfiguration = new LettersConfiguration();
      SchedulePublisher publisher =
          letterConfiguration.schedulePublisher(schedules, Providers.all(listeners));
      letters = letterConfiguration.letterImport(publisher, clock);

      engine =
          core.commandEngine(
              schedules,
              knowledge,
              users,
              clock,
              letters,
              publisher,
              subscriptions,
              Providers.provider(runner),
              store.defaultLeadTimes(reminders),
              ics,
              store.pendingImports(dataSource),
              digests,
              Providers.provider(() -> mail == null ? null : mail.subscriptions));
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /** Wires a one-shot run from these settings; closing it closes the database connections. */
  static OneShotWiring wire(BotSettings settings) {
    return new OneShotWiring(settings);
  }

  /**
   * The pool the bot makes ({@code spring.datasource.*}, {@code spring.datasource.hikari.*}), but
   * with one idle connection: one answer needs no more, and filling 30 is a waste of start-up.
   */
  private static HikariDataSource dataSource(BotSettings settings) {
    DataSourceProperties properties =
        settings.bindOnto("spring.datasource", new DataSourceProperties());
    properties.setBeanClassLoader(OneShotWiring.class.getClassLoader());
    try {
      properties.afterPropertiesSet();
    } catch (Exception e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    HikariDataSource dataSource =
        settings.bindOnto(
            "spring.datasource.hikari",
            properties.initializeDataSourceBuilder().type(HikariDataSource.class).build());
    dataSource.setMinimumIdle(1);
    return dataSource;
  }

  @Override
  public void close() {
    try {
      if (mail != null) {
        mail.close();
      }
    } finally {
      dataSource.close();
    }
  }
}
