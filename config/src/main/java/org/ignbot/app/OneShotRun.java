package org.ignbot.app;

import com.zaxxer.hikari.HikariDataSource;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ignbot.core.calendar.IcsCommand;
import org.ignbot.core.calendar.IcsWriter;
import org.ignbot.core.calendar.PublicAddress;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.admin.PendingImports;
import org.ignbot.core.letter.LetterImport;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.SchedulePublisher;
import org.ignbot.core.user.UserSettings;
import org.ignbot.scheduler.ReminderRunner;
import org.ignbot.shell.AttachmentFolder;
import org.ignbot.shell.OneShot;
import org.ignbot.shell.ShellMessenger;
import org.ignbot.store.JdbcScheduleStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;

/**
 * One-shot runs ({@code ask}, {@code ics}, {@code import}) without a Spring application context:
 * the settings are read as the bot reads them ({@link BotSettings}), and the few objects an answer
 * needs are made by the bot's own configuration classes, their factory methods called by hand in
 * the order the context would call them. No web server, Actuator, chat platform or reminder runner
 * (made only if the answer needs it: a subscription's plan, a publication's notices).
 */
final class OneShotRun implements AutoCloseable {
  private final HikariDataSource dataSource;
  final CommandEngine engine;
  final TextRenderer renderer;
  final LetterImport letters;

  private OneShotRun(BotSettings settings) {
    ConfigurableEnvironment environment = settings.environment();
    if (environment.matchesProfiles("prod")) {
      ProductionConfiguration.checkDatabaseUrl(
          environment.getProperty("spring.datasource.url", ""));
    }
    IgnProperties ign = settings.bind("ign", IgnProperties.class);
    ReminderProperties reminders = settings.bind("ign.reminders", ReminderProperties.class);
    CalendarConfiguration.WebProperties web =
        settings.bind("ign.web", CalendarConfiguration.WebProperties.class);
    CalendarConfiguration.CalendarProperties calendar =
        settings.bind("ign.calendar", CalendarConfiguration.CalendarProperties.class);
    ResourceLoader resources = new DefaultResourceLoader(OneShotRun.class.getClassLoader());

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
                  dataSource,
                  clock,
                  ign,
                  settings.bind("ign.schedule", ScheduleStoreProperties.class),
                  resources);
      StoreConfiguration store = new StoreConfiguration();
      UserSettings users = store.userSettings(dataSource, clock);
      SubscriptionStore subscriptions = store.subscriptionStore(dataSource, clock);
      PendingImports pendingImports = store.pendingImports(dataSource);
      StoreConfiguration.DefaultLeadTimes leadTimes = store.defaultLeadTimes(reminders);
      ShellMessenger messenger = store.shellMessenger(renderer);
      Supplier<ReminderRunner> runner =
          once(
              () ->
                  store.reminderRunner(
                      dataSource,
                      clock,
                      schedules,
                      subscriptions,
                      users,
                      List.of(messenger),
                      reminders));

      LettersConfiguration letterConfiguration = new LettersConfiguration();
      SchedulePublisher publisher =
          letterConfiguration.schedulePublisher(schedules, provider(runner::get));
      letters = letterConfiguration.letterImport(publisher, clock);

      CalendarConfiguration calendars = new CalendarConfiguration();
      PublicAddress address = calendars.publicAddress(web, environment);
      IcsWriter writer = calendars.icsWriter(clock, address, calendar);
      IcsCommand ics =
          calendars.icsCommand(
              schedules,
              writer,
              address,
              provider(() -> new AlarmConfiguration().subscribedLeadTimes(subscriptions)));

      engine =
          core.commandEngine(
              schedules,
              knowledge,
              users,
              clock,
              letters,
              publisher,
              subscriptions,
              provider(runner::get),
              leadTimes,
              ics,
              pendingImports,
              new DigestConfiguration().digestStore(dataSource),
              provider(() -> null));
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /** Wires a one-shot run from these settings; closing it closes the database connections. */
  static OneShotRun wire(BotSettings settings) {
    return new OneShotRun(settings);
  }

  /** Runs a one-shot from the command line; returns the exit status. */
  static int main(LaunchOptions options) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    return run(options, out, err);
  }

  /** Reads the settings, wires, answers and closes; a failure is one line on {@code err}. */
  static int run(LaunchOptions options, PrintStream out, PrintStream err) {
    return run(options, AttachmentFolder.current(), out, err);
  }

  /**
   * As {@link #run(LaunchOptions, PrintStream, PrintStream)}, saving attached files in {@code
   * files}.
   */
  static int run(LaunchOptions options, AttachmentFolder files, PrintStream out, PrintStream err) {
    try {
      BotSettings settings = BotSettings.read(options.springArguments());
      settings.startLogging();
      try (OneShotRun run = wire(settings)) {
        return answer(options, run.engine, run.renderer, run.letters, files, out, err);
      }
    } catch (RuntimeException e) {
      err.println(oneLine(e));
      return 1;
    }
  }

  /**
   * The one-shot modes' answers, whoever wired the engine: the bot's context or this class; files
   * an answer attaches (an {@code ask ics} invite) are saved in {@code files}.
   */
  static int answer(
      LaunchOptions options,
      CommandEngine engine,
      TextRenderer renderer,
      LetterImport letters,
      AttachmentFolder files,
      PrintStream out,
      PrintStream err) {
    OneShot oneShot = new OneShot(engine, renderer, files);
    return switch (options.mode()) {
      case ASK -> oneShot.ask(options.command(), out, err);
      case ICS -> oneShot.printFile("ics " + options.command(), out, err);
      case IMPORT -> new LetterImportRun(letters, renderer).run(options.letter(), out, err);
      default -> throw new IllegalArgumentException(options.mode() + " is not a one-shot");
    };
  }

  /**
   * The pool the bot makes ({@code spring.datasource.*}, {@code spring.datasource.hikari.*}), but
   * with one idle connection: one answer needs no more, and filling 30 is a waste of start-up.
   */
  private static HikariDataSource dataSource(BotSettings settings) {
    DataSourceProperties properties =
        settings.bindOnto("spring.datasource", new DataSourceProperties());
    properties.setBeanClassLoader(OneShotRun.class.getClassLoader());
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

  /**
   * A failure as one line, as the bot's start-up tells it: the same failure analyzers (data file,
   * wrong setting, database refused), a setting that does not bind named with its reason.
   */
  static String oneLine(Throwable failure) {
    for (FailureAnalyzer analyzer :
        List.of(
            new DataFileFailureAnalyzer(),
            new InvalidSettingFailureAnalyzer(),
            new DatabaseFailureAnalyzer())) {
      FailureAnalysis analysis = analyzer.analyze(failure);
      if (analysis != null) {
        return analysis.getDescription().strip().replaceAll("\\s*\\R\\s*", " ")
            + " — "
            + lowerFirst(analysis.getAction());
      }
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BindException bind) {
        return bind.getName() + ": " + rootMessage(bind);
      }
    }
    return rootMessage(failure);
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private static <T> Supplier<T> once(Supplier<T> maker) {
    return new Supplier<>() {
      private T made;

      @Override
      public synchronized T get() {
        if (made == null) {
          made = maker.get();
        }
        return made;
      }
    };
  }

  /** What a context's {@code ObjectProvider} gives: the one object, made when first asked for. */
  private static <T> ObjectProvider<T> provider(Supplier<? extends T> object) {
    return new ObjectProvider<>() {
      @Override
      public T getObject() {
        return object.get();
      }

      @Override
      public Stream<T> stream() {
        return Stream.of(getObject());
      }

      @Override
      public Stream<T> orderedStream() {
        return stream();
      }
    };
  }
}
