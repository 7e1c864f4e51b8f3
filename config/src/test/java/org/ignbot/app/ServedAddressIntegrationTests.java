package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.reply.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without {@code ign.web.base-url}, every link names the port the bot really listens on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServedAddressIntegrationTests {
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired CommandEngine engine;

  private String get(String path) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  @Test
  void theIcsAnswerAndItsFileNameTheRandomPortTheServerListensOn() {
    Reply reply = engine.handle(Asker.terminalOperator(), "/ign ics");

    assertThat(String.join("\n", reply.lines()))
        .contains(
            "http://localhost:" + port + "/calendar/ign.ics",
            "webcal://localhost:" + port + "/calendar/ign.ics")
        .doesNotContain(":8080");
    assertThat(new String(reply.attachments().get(0).content(), StandardCharsets.UTF_8))
        .contains("URL:http://localhost:" + port + "/#2024-11-19")
        .doesNotContain(":8080");
  }

  @Test
  void thePageAndTheFeedsNameTheHostAndPortTheRequestCameTo() throws Exception {
    assertThat(get("/"))
        .contains(
            "http://127.0.0.1:" + port + "/calendar/ign.ics",
            "webcal://127.0.0.1:" + port + "/calendar/ign-veto.ics")
        .doesNotContain(":8080");
    assertThat(get("/calendar/ign.ics"))
        .contains("URL:http://127.0.0.1:" + port + "/#2024-11-19")
        .doesNotContain(":8080");
  }
}
