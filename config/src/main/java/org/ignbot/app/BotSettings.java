package org.ignbot.app;

import java.util.Map;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.RandomValuePropertySource;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.support.SpringApplicationJsonEnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The bot's settings without an application context, for one-shot runs: read by Spring Boot's own
 * code, as the bot reads them — the command line's {@code --name=value} first, then system
 * properties, environment variables (relaxed: {@code IGN_WEB_BASE_URL}), {@code application.yml}
 * and {@code application-<profile>.yml} (inside the jar, next to it and in {@code ./config}),
 * {@code SPRING_APPLICATION_JSON}, {@code ${random.*}}; bound to the same property records, so a
 * bad value is refused as the bot refuses it.
 */
final class BotSettings {
  private final ConfigurableEnvironment environment;
  private final Binder binder;

  private BotSettings(ConfigurableEnvironment environment) {
    this.environment = environment;
    this.binder = Binder.get(environment);
  }

  /** The settings for these command-line arguments ({@code LaunchOptions.springArguments()}). */
  static BotSettings read(String... args) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
    RandomValuePropertySource.addToEnvironment(environment);
    // SPRING_APPLICATION_JSON (or spring.application.json): after the command line, as in the bot.
    new SpringApplicationJsonEnvironmentPostProcessor().postProcessEnvironment(environment, null);
    ConfigDataEnvironmentPostProcessor.applyTo(environment);
    ConfigurationPropertySources.attach(environment);
    return new BotSettings(environment);
  }

  ConfigurableEnvironment environment() {
    return environment;
  }

  /** A properties record, bound under its own prefix as the bot binds it. */
  <T> T bind(Class<T> type) {
    return Settings.bind(binder, type);
  }

  /** Binds the settings under {@code prefix} onto an existing object (a JavaBean). */
  <T> T bindOnto(String prefix, T target) {
    return binder.bind(prefix, Bindable.ofInstance(target)).orElse(target);
  }

  /**
   * Logging as the bot sets it up: {@link StandardErrorLogging} (or {@code logging.config}) with
   * the active profiles, then each {@code logging.level.<logger>}.
   */
  void startLogging() {
    LoggingSystem logging = LoggingSystem.get(BotSettings.class.getClassLoader());
    logging.beforeInitialize();
    String config = environment.getProperty("logging.config");
    logging.initialize(
        new LoggingInitializationContext(environment),
        config == null || config.isBlank() ? null : config.strip(),
        null);
    binder
        .bind("logging.level", Bindable.mapOf(String.class, LogLevel.class))
        .orElse(Map.of())
        .forEach(
            (name, level) ->
                logging.setLogLevel(
                    name.equalsIgnoreCase("root") ? LoggingSystem.ROOT_LOGGER_NAME : name, level));
  }
}
