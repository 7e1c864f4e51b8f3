package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:metrics;DB_CLOSE_DELAY=-1",
      "ign.reminders.enabled=false"
    })
class MetricsIntegrationTests {
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired CommandEngine engine;
  @Autowired MeterObserver observer;

  @Test
  void commandsAnsweredAreCountedByCommandPlatformAndOutcome() throws Exception {
    engine.handle(Asker.terminalOperator(), "next");
    engine.handle(Asker.terminalOperator(), "next");
    engine.handle(Asker.terminalOperator(), "frobnicate");

    String metrics = get("/actuator/prometheus");
    String platform = Asker.terminalOperator().user().platform();
    assertThat(metrics)
        .contains(
            "ign_commands_seconds_count{command=\"next\",outcome=\"ok\",platform=\""
                + platform
                + "\"} 2",
            "ign_commands_seconds_count{command=\"unknown\",outcome=\"error\",platform=\""
                + platform
                + "\"} 1",
            "ign_commands_seconds_sum{command=\"next\"");
  }

  @Test
  void remindersAndFeedRequestsAreCounted() throws Exception {
    observer.delivered("slack", "sent", Duration.ofMillis(5));
    observer.delivered("slack", "retried", Duration.ofMillis(5));
    observer.delivered("discord", "late", Duration.ofMillis(5));
    get("/calendar/ign.ics");

    String metrics = get("/actuator/prometheus");
    assertThat(metrics)
        .contains(
            "ign_reminders_total{outcome=\"sent\",platform=\"slack\"} 1.0",
            "ign_reminders_total{outcome=\"retried\",platform=\"slack\"} 1.0",
            "ign_reminders_total{outcome=\"late\",platform=\"discord\"} 1.0")
        .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/calendar/");
  }

  private String get(String path) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
