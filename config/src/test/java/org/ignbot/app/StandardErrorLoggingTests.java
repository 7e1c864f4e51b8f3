package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class StandardErrorLoggingTests {
  private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

  @AfterEach
  void reset() {
    logging.cleanUp();
  }

  @Test
  void theBotsLoggingSystemLogsToStandardErrorOnly(CapturedOutput output) {
    start(new MockEnvironment());

    LoggerFactory.getLogger("org.ignbot.test").warn("a line for the operator");

    assertThat(logging).isInstanceOf(StandardErrorLogging.class);
    // In Spring Boot's pattern, or JSON lines when a structured format is set (as in production).
    assertThat(output.getErr()).contains("org.ignbot.test", "a line for the operator");
    assertThat(output.getOut()).doesNotContain("a line for the operator");
  }

  private void start(MockEnvironment environment) {
    logging.getSystemProperties(environment).apply();
    logging.beforeInitialize();
    logging.initialize(new LoggingInitializationContext(environment), null, null);
  }
}
