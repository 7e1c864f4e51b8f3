package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.reply.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "ign.web.base-url=https://ign.example.org/")
class CalendarWiringIntegrationTests {
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired CommandEngine engine;

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void bundledScheduleIsServedAsAFeedWithOneEventPerSitting() throws Exception {
    HttpResponse<String> feed = get("/calendar/ign.ics");

    assertThat(feed.statusCode()).isEqualTo(200);
    List<VEvent> events = Biweekly.parse(feed.body()).first().getEvents();
    assertThat(events)
        .extracting(e -> e.getUid().getValue())
        .containsExactly(
            "2024-10-02-1@ign-bot",
            "2024-11-11-1@ign-bot",
            "2024-11-19-1@ign-bot",
            "2024-11-19-2@ign-bot",
            "2024-11-21-1@ign-bot",
            "2024-11-21-2@ign-bot");
    assertThat(events.get(5).getStatus().isTentative()).isTrue();
    assertThat(events.get(2).getLocation().getValue())
        .isEqualTo("Trusteeship Council Chamber, UN Headquarters, New York");
  }

  @Test
  void chatCommandAttachesTheInviteWithLinksOnTheConfiguredAddress() {
    Reply reply = engine.handle(Asker.terminalOperator(), "/ign ics 2024-11-21");

    assertThat(reply.isError()).isFalse();
    assertThat(reply.attachments())
        .singleElement()
        .satisfies(
            file -> {
              assertThat(file.fileName()).isEqualTo("2024-11-21.ics");
              assertThat(new String(file.content(), StandardCharsets.UTF_8))
                  .contains("UID:2024-11-21-2@ign-bot", "STATUS:TENTATIVE");
            });
    assertThat(reply.lines())
        .contains("This meeting's link: https://ign.example.org/meetings/2024-11-21.ics");
    assertThat(engine.knows("ics")).isTrue();
  }

  @Test
  void schedulePageAndHealthAnswer() throws Exception {
    assertThat(get("/").body()).contains("webcal://ign.example.org/calendar/ign.ics");
    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
  }
}
