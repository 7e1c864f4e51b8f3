package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:health;DB_CLOSE_DELAY=-1",
      "ign.reminders.enabled=false"
    })
@Import(HealthIntegrationTests.FakePlatform.class)
class HealthIntegrationTests {
  private static final AtomicBoolean PLATFORM_CONNECTED = new AtomicBoolean(true);
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  @AfterEach
  void reconnect() {
    PLATFORM_CONNECTED.set(true);
  }

  @Test
  void livenessAndReadinessAreUpOnceStarted() throws Exception {
    assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    HttpResponse<String> readiness = get("/actuator/health/readiness");
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(readiness.body()).contains("\"status\":\"UP\"");
  }

  @Test
  void aDisconnectedPlatformMakesReadinessDownButNotLiveness() throws Exception {
    PLATFORM_CONNECTED.set(false);

    HttpResponse<String> readiness = get("/actuator/health/readiness");
    assertThat(readiness.statusCode()).isEqualTo(503);
    assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
    assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
  }

  @Test
  @DirtiesContext
  void aDatabaseThatCannotBeReachedMakesReadinessDown() throws Exception {
    dataSource.unwrap(HikariDataSource.class).close();

    assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
    assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Stands in for an enabled chat platform, under the name the real one has. */
  @TestConfiguration(proxyBeanMethods = false)
  static class FakePlatform {
    @Bean
    ConnectionHealth discordHealthIndicator() {
      return new ConnectionHealth("test", PLATFORM_CONNECTED::get);
    }
  }
}
