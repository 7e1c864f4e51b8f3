package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTests {
  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

  @Test
  void withoutADatabaseUrlStartUpStopsWithOneLineNamingTheSettingInJsonLogs(CapturedOutput output) {
    Throwable failure = catchThrowable(() -> start().close());

    FailureAnalysis analysis = new InvalidSettingFailureAnalyzer().analyze(failure);
    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription())
        .contains("SPRING_DATASOURCE_URL", "jdbc:postgresql://")
        .doesNotContain("\n");
    assertThat(output.getErr())
        .contains("{\"@timestamp\"", "spring.datasource.url (SPRING_DATASOURCE_URL): not set");
  }

  @Test
  void anEmbeddedDatabaseUrlIsRefusedInProduction() {
    Throwable failure =
        catchThrowable(() -> start("--spring.datasource.url=jdbc:h2:mem:prod").close());

    assertThat(new InvalidSettingFailureAnalyzer().analyze(failure).getDescription())
        .contains("PostgreSQL only");
  }

  @Test
  void aDatabaseThatRefusesStopsStartUpWithOneLine() {
    Throwable failure =
        catchThrowable(
            () ->
                start(
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/test",
                        "--spring.datasource.username=postgres")
                    .close());

    FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(failure);
    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription())
        .startsWith("spring.datasource.url (SPRING_DATASOURCE_URL): the database refused")
        .doesNotContain("\n");
  }

  @Test
  void withPostgresItStartsWithoutTheTerminalChat() {
    assumeTrue(
        postgresListening() || "true".equals(System.getenv("IGN_TEST_POSTGRES_REQUIRED")),
        "PostgreSQL is not running at 127.0.0.1:5432");

    // A schema of its own: the database's public schema carries whatever other builds left there.
    String schema = TestPostgres.schema();
    try (ConfigurableApplicationContext context =
        start(
            "--spring.datasource.url=" + POSTGRES + "?currentSchema=" + schema,
            "--spring.datasource.username=postgres",
            "--ign.reminders.enabled=false")) {
      assertThat(ChatPlatforms.of(context.getEnvironment()).terminalChat()).isFalse();
      assertThat(
              context
                  .getBean(CommandEngine.class)
                  .handle(Asker.terminalOperator(), "tz Vienna")
                  .lines())
          .isNotEmpty();
    } finally {
      TestPostgres.drop(schema);
    }
  }

  private static ConfigurableApplicationContext start(String... arguments) {
    return new SpringApplicationBuilder(IgnBotApplication.class)
        .profiles("prod")
        .properties(
            "server.port=0",
            "spring.datasource.hikari.connection-timeout=2000",
            "management.server.port=")
        .run(arguments);
  }

  private static boolean postgresListening() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
