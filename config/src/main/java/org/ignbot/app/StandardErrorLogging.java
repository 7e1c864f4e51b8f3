package org.ignbot.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemFactory;
import org.springframework.boot.logging.logback.LogbackLoggingSystem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.ClassUtils;

/**
 * Spring Boot's own Logback set-up, made in code (its pattern, or the JSON lines that {@code
 * logging.structured.format.console} names, as the production profile does), with the console on
 * standard error, so that answers on standard output stay clean for scripts. It replaces a {@code
 * logback-spring.xml} that said only that: reading the XML cost each start about 400 classes and a
 * twentieth of its main thread's CPU time. A {@code logging.config} file still wins.
 */
final class StandardErrorLogging extends LogbackLoggingSystem {

  StandardErrorLogging(ClassLoader classLoader) {
    super(classLoader);
  }

  /**
   * A {@code logback.xml} given with the bot is read (or {@code logback-spring.xml}); a test jar's
   * {@code logback-test.xml} on the class path is not the bot's logging.
   */
  @Override
  protected String[] getStandardConfigLocations() {
    return new String[] {"logback.xml"};
  }

  @Override
  protected void loadDefaults(LoggingInitializationContext context, LogFile logFile) {
    super.loadDefaults(context, logFile);
    LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
    Appender<ILoggingEvent> console =
        logback.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
    if (console instanceof ConsoleAppender<ILoggingEvent> appender) {
      appender.stop();
      appender.setTarget("System.err");
      appender.start();
    }
  }

  /** Chosen before Spring Boot's Logback factory (META-INF/spring.factories). */
  @Order(Ordered.HIGHEST_PRECEDENCE)
  public static final class Factory implements LoggingSystemFactory {
    private static final boolean PRESENT =
        ClassUtils.isPresent(
            "ch.qos.logback.classic.LoggerContext", Factory.class.getClassLoader());

    @Override
    public LoggingSystem getLoggingSystem(ClassLoader classLoader) {
      return PRESENT ? new StandardErrorLogging(classLoader) : null;
    }
  }
}
