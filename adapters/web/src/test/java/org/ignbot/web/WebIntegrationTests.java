package org.ignbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.ignbot.core.calendar.CalendarFeeds;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
    classes = WebTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebIntegrationTests {
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired CalendarFeeds feeds;
  @Autowired InMemoryScheduleRepository schedules;

  @AfterEach
  void restoreSchedule() {
    schedules.publish(WebTestApplication.schedule());
  }

  private HttpResponse<String> send(String method, String path, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    return send("GET", path, headers);
  }

  @Test
  void feedIsATextCalendarWithEtagAndLastModified() throws Exception {
    HttpResponse<String> response = get("/calendar/ign.ics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(
            type ->
                assertThat(type.replace(" ", ""))
                    .isEqualToIgnoringCase("text/calendar;charset=utf-8"));
    assertThat(response.headers().firstValue("ETag"))
        .hasValueSatisfying(tag -> assertThat(tag).startsWith("\""));
    assertThat(response.headers().firstValue("Last-Modified"))
        .hasValue("Mon, 18 Nov 2024 17:00:00 GMT");
    ICalendar calendar = Biweekly.parse(response.body()).first();
    assertThat(calendar.getEvents())
        .extracting(e -> e.getUid().getValue())
        .containsExactlyInAnyOrder("2024-11-12-1@ign-bot", "2024-11-19-1@ign-bot");
  }

  @Test
  void askingAgainWithTheEtagGets304AndNothingIsRewritten() throws Exception {
    String etag = get("/calendar/ign.ics").headers().firstValue("ETag").orElseThrow();
    long renders = feeds.renders();

    HttpResponse<String> again = get("/calendar/ign.ics", "If-None-Match", etag);
    HttpResponse<String> since =
        get("/calendar/ign.ics", "If-Modified-Since", "Mon, 18 Nov 2024 17:00:00 GMT");

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(since.statusCode()).isEqualTo(304);
    assertThat(feeds.renders()).isEqualTo(renders);
  }

  @Test
  void aMovedMeetingIsServedWithANewEtagAndHigherSequence() throws Exception {
    String etag = get("/calendar/ign.ics").headers().firstValue("ETag").orElseThrow();
    schedules.publish(
        new org.ignbot.core.schedule.Schedule(
            List.of(
                WebTestApplication.plenary(
                    "2024-11-19", LocalDate.of(2024, 11, 20), 2, "15:00", Cluster.VETO))));

    HttpResponse<String> response = get("/calendar/ign.ics", "If-None-Match", etag);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
    var event = Biweekly.parse(response.body()).first().getEvents().get(0);
    assertThat(event.getUid().getValue()).isEqualTo("2024-11-19-1@ign-bot");
    assertThat(event.getSequence().getValue()).isEqualTo(1);
    assertThat(event.getDateStart().getValue().toInstant())
        .isEqualTo(java.time.Instant.parse("2024-11-20T20:00:00Z"));
  }

  @Test
  void gzipIsServedToClientsThatAskWithItsOwnEtag() throws Exception {
    HttpResponse<String> plain = get("/calendar/ign.ics");
    HttpResponse<byte[]> gzipped =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/calendar/ign.ics"))
                .header("Accept-Encoding", "br;q=1.0, gzip;q=0.8")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gzipped.headers().allValues("Vary"))
        .anySatisfy(vary -> assertThat(vary).contains("Accept-Encoding"));
    try (var in =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(plain.body());
    }
    String etag = gzipped.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow());
    assertThat(
            get("/calendar/ign.ics", "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode())
        .isEqualTo(304);
    assertThat(
            get("/calendar/ign.ics", "Accept-Encoding", "gzip;q=0")
                .headers()
                .firstValue("Content-Encoding"))
        .isEmpty();
  }

  @Test
  void headGivesTheHeadersAndNoBody() throws Exception {
    HttpResponse<String> full = get("/meetings/2024-11-19.ics");
    HttpResponse<String> head = send("HEAD", "/meetings/2024-11-19.ics");

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Length"))
        .hasValue(
            String.valueOf(full.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
    assertThat(head.headers().firstValue("ETag")).isEqualTo(full.headers().firstValue("ETag"));
  }

  @Test
  void clusterFeedAndMeetingFileHoldTheirMeetings() throws Exception {
    HttpResponse<String> veto = get("/calendar/ign-veto.ics");
    HttpResponse<String> meeting = get("/meetings/2024-11-12.ics");

    assertThat(Biweekly.parse(veto.body()).first().getEvents())
        .extracting(e -> e.getUid().getValue())
        .containsExactly("2024-11-19-1@ign-bot");
    assertThat(veto.body()).contains("X-WR-CALNAME:IGN meetings: The question of the veto");
    assertThat(Biweekly.parse(meeting.body()).first().getEvents())
        .extracting(e -> e.getUid().getValue())
        .containsExactly("2024-11-12-1@ign-bot");
    assertThat(meeting.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(value -> assertThat(value).contains("2024-11-12.ics"));
  }

  @Test
  void onlyGetAndHeadAreAllowed() throws Exception {
    for (String path : List.of("/calendar/ign.ics", "/meetings/2024-11-19.ics", "/")) {
      for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
        HttpResponse<String> response = send(method, path);
        assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(response.body())
            .isEqualTo("Only GET and HEAD work here: this is a read-only calendar.\n");
      }
    }
  }

  @Test
  void unknownMeetingOrClusterIs404WithOnePlainLine() throws Exception {
    HttpResponse<String> meeting = get("/meetings/2031-01-01.ics");
    HttpResponse<String> cluster = get("/calendar/ign-bananas.ics");

    assertThat(meeting.statusCode()).isEqualTo(404);
    assertThat(meeting.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(meeting.body())
        .isEqualTo("No meeting has the id \"2031-01-01\". The schedule page at / lists them.\n");
    assertThat(cluster.statusCode()).isEqualTo(404);
    assertThat(cluster.body()).contains("no calendar \"ign-bananas.ics\"", "veto");
  }

  @Test
  void noErrorAnswerCarriesAStackTrace() throws Exception {
    List<HttpResponse<String>> answers =
        List.of(
            get("/nothing/here"),
            get("/meetings/%C3%28.ics"),
            get("/meetings/" + "x".repeat(3000) + ".ics"),
            get("/meetings/%3Cscript%3E.ics"));

    for (HttpResponse<String> answer : answers) {
      assertThat(answer.statusCode()).as(answer.uri().toString()).isBetween(400, 499);
      assertThat(answer.body())
          .doesNotContain("Exception", "\tat ", "at org.", "<script>", "Whitelabel");
    }
    String raw = raw("GET /meetings/%ZZ.ics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertThat(raw).startsWith("HTTP/1.1 400").doesNotContain("Exception", "\tat ", "at org.");
  }

  /** A request the JDK client refuses to send: straight down a socket. */
  private String raw(String request) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return new String(
          socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void anOddAcceptHeaderStillGetsTheCalendar() throws Exception {
    // Calendar clients send all sorts of Accept headers; refusing them would drop subscribers.
    HttpResponse<String> response = get("/calendar/ign.ics", "Accept", "application/json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("BEGIN:VCALENDAR");
  }

  @Test
  void schedulePageListsMeetingsFirstWithTheConfiguredAddressAndNoInlineScript() throws Exception {
    HttpResponse<String> page = get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body())
        .contains(
            "webcal://ign.example.org/calendar/ign.ics",
            "https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fign.example.org%2Fcalendar%2Fign.ics",
            "https://outlook.office.com/calendar/0/addfromweb?url=https%3A%2F%2Fign.example.org%2Fcalendar%2Fign.ics",
            "https://ign.example.org/calendar/ign-veto.ics",
            "https://ign.example.org/meetings/2024-11-19.ics",
            "Tuesday 19 November 2024",
            "10:00–13:00</time> New York",
            "1st IGN Plenary &lt;b&gt;&amp;&lt;/b&gt;",
            "<script src=\"/app.js\" defer></script>",
            "<link rel=\"stylesheet\" href=\"/app.css\">")
        .doesNotContain("<b>&</b>", "<style", " style=\"", "<script>", " onclick=");
    assertThat(page.body().indexOf("Tuesday 19 November"))
        .isLessThan(page.body().indexOf("id=\"subscribe\""));
    assertThat(page.body().indexOf("Earlier meetings"))
        .isLessThan(page.body().indexOf("Tuesday 12 November"));
  }

  @Test
  void thePageFeedsAndPlainAnswersForbidSniffingFramingAndScripts() throws Exception {
    for (HttpResponse<String> answer :
        List.of(get("/"), get("/calendar/ign.ics"), get("/meetings/2031-01-01.ics"))) {
      String path = answer.uri().getPath();
      assertThat(answer.headers().firstValue("X-Content-Type-Options"))
          .as(path)
          .hasValue("nosniff");
      assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(answer.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              policy ->
                  assertThat(policy)
                      .contains("default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'")
                      .contains("script-src 'self'", "style-src 'self'")
                      .doesNotContain("unsafe-inline", "unsafe-eval"));
    }
  }

  @Test
  void ifNoneMatchStarOnAnExistingFeedIs304AndOnAMissingOneStill404() throws Exception {
    HttpResponse<String> existing = get("/calendar/ign.ics", "If-None-Match", "*");
    HttpResponse<String> missing = get("/meetings/2031-01-01.ics", "If-None-Match", "*");

    assertThat(existing.statusCode()).isEqualTo(304);
    assertThat(existing.body()).isEmpty();
    assertThat(existing.headers().firstValue("ETag")).isPresent();
    assertThat(missing.statusCode()).isEqualTo(404);
  }

  @Test
  void theErrorPathItselfIsAPlain404NeverStatus999() throws Exception {
    for (String method : List.of("GET", "POST", "HEAD")) {
      HttpResponse<String> error = send(method, "/error");

      assertThat(error.statusCode()).as(method).isEqualTo(404);
      assertThat(error.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    }
    assertThat(get("/error").body()).isEqualTo(WebErrors.NOT_FOUND + "\n");
  }

  @Test
  void errorsFromSpringAndFromTomcatAreOnePlainLineToo() throws Exception {
    HttpResponse<String> unacceptable =
        get("/meetings/2031-01-01.ics", "Accept", "application/json");
    String badUri = raw("GET /meetings/%ZZ.ics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

    assertThat(unacceptable.statusCode()).isEqualTo(404);
    assertThat(unacceptable.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(unacceptable.body()).endsWith("\n").doesNotContain("{", "\n\n");
    assertThat(badUri).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: text/plain");
    assertThat(badUri.substring(badUri.indexOf("\r\n\r\n") + 4))
        .doesNotContain("<", "{")
        .hasLineCount(1);
  }

  @Test
  void scriptAndStylesheetAreServedFromTheSameOrigin() throws Exception {
    HttpResponse<String> script = get("/app.js");
    HttpResponse<String> style = get("/app.css");

    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
    assertThat(script.body()).contains("Intl.DateTimeFormat");
    assertThat(style.statusCode()).isEqualTo(200);
    assertThat(style.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
    assertThat(style.body()).doesNotContain("@import", "url(http");
  }

  @Test
  void healthIsUp() throws Exception {
    HttpResponse<String> health = get("/actuator/health");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
  }
}
