package org.ignbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The page and its links with no public address configured, on the delegate's schedule. */
@SpringBootTest(
    classes = WebTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"test.base-url=", "test.schedule=delegate"})
class SchedulePageTests {
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;

  private HttpResponse<String> get(String host, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return get("127.0.0.1", path);
  }

  @Test
  void withoutAConfiguredAddressEveryLinkOnThePageNamesTheHostAndPortTheRequestCameTo()
      throws Exception {
    String page = get("/").body();
    String base = "http://127.0.0.1:" + port;

    assertThat(page)
        .contains(
            base + "/calendar/ign.ics",
            "webcal://127.0.0.1:" + port + "/calendar/ign-veto.ics",
            base + "/meetings/2024-11-19.ics",
            "url=http%3A%2F%2F127.0.0.1%3A" + port + "%2Fcalendar%2Fign.ics")
        .doesNotContain("8080", "ign.example.org");
    assertThat(get("localhost", "/").body())
        .contains("http://localhost:" + port + "/calendar/ign.ics");
  }

  @Test
  void feedsServedOverTheWebLinkEachEventToTheRequestsHost() throws Exception {
    String feed = get("/calendar/ign.ics").body();
    String meeting = get("localhost", "/meetings/2024-11-19.ics").body();

    assertThat(feed).contains("URL:http://127.0.0.1:" + port + "/#2024-11-19");
    assertThat(meeting).contains("URL:http://localhost:" + port + "/#2024-11-19");
  }

  @Test
  void meetingsComeFirstGroupedTodayThisWeekAndLater() throws Exception {
    String page = get("/").body();

    assertThat(page)
        .contains("One meeting today.", ">Today</h3>", ">Later this week</h3>", ">Next week</h3>");
    assertThat(page.indexOf("Informal consultations with the groups"))
        .isLessThan(page.indexOf("1st IGN Plenary"))
        .isLessThan(page.indexOf("id=\"month\""));
    assertThat(page.indexOf("id=\"month\"")).isLessThan(page.indexOf("id=\"subscribe\""));
    assertThat(page.indexOf("id=\"subscribe\"")).isLessThan(page.indexOf("id=\"past\""));
  }

  @Test
  void aCancelledMeetingShowsItsReasonOnceAndNoCalendarButton() throws Exception {
    String page = get("/").body();
    String card =
        page.substring(
            page.indexOf("id=\"2024-11-26\""),
            page.indexOf("</article>", page.indexOf("id=\"2024-11-26\"")));

    assertThat(card)
        .contains("class=\"badge cancelled\"", "<strong>Cancelled</strong> in the Co-Chairs")
        .doesNotContain("Add to my calendar");
    assertThat(card.split("the room is needed", -1)).hasSize(2);
    assertThat(page).contains("class=\"meeting cancelled\" id=\"2024-11-26\"");
  }

  @Test
  void eachMeetingShowsRoomTopicsClustersChangesAndItsLetter() throws Exception {
    String page = get("/").body();

    assertThat(page)
        .contains(
            "Trusteeship Council Chamber, UN Headquarters",
            "<li>Categories of membership</li>",
            "<li>Regional representation</li>",
            "Time: was 15:00–18:00, now 10:00–13:00, 15:00–18:00 (Co-Chairs&#39; letter of 5 November 2024",
            "href=\"/letters/letter-a10df2dd6f53\" download>",
            "possible spill-over",
            "Time not announced.",
            "data-start=\"2024-11-19T15:00:00Z\" data-end=\"2024-11-19T18:00:00Z\"");
  }

  @Test
  void theMonthViewLinksEachMeetingDayToItsMeeting() throws Exception {
    String page = get("/").body();

    assertThat(page)
        .contains(
            "<caption>November 2024</caption>",
            "<caption>December 2024</caption>",
            "<td class=\"today has\" aria-current=\"date\"><a href=\"#2024-11-18\"",
            "<td class=\"has cancelled\"><a href=\"#2024-11-26\"");
  }

  @Test
  void theLetterDownloadsAsTheFileTheCoChairsSent() throws Exception {
    HttpResponse<String> letter = get("/letters/letter-a10df2dd6f53");
    HttpResponse<String> missing = get("/letters/letter-000000000000");

    assertThat(letter.statusCode()).isEqualTo(200);
    assertThat(letter.body()).isEqualTo(DelegateSchedule.LETTER_FILE);
    assertThat(letter.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(letter.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            value ->
                assertThat(value)
                    .startsWith("attachment")
                    .contains("November 2024.pdf\"", "UTF-8"));
    assertThat(get("/").body())
        .contains(
            "download>Co-Chairs&#39; letter of 5 November 2024, signed Tareq Albanai, Alexander Marschik</a> <span class=\"muted\">(PDF)</span>");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body())
        .isEqualTo(
            "No letter is kept under \"letter-000000000000\". The schedule page at / links each"
                + " meeting's letter.\n");
  }

  @Test
  void theSubscribeFormWithoutScriptSendsTheBrowserToTheChosenApp() throws Exception {
    HttpResponse<String> google = get("/subscribe?feed=ign-veto&app=google");
    HttpResponse<String> other = get("/subscribe?feed=ign&app=other");
    HttpResponse<String> wrong = get("/subscribe?feed=ign-bananas&app=google");

    assertThat(google.statusCode()).isEqualTo(303);
    assertThat(google.headers().firstValue("Location"))
        .hasValue(
            "https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2F127.0.0.1%3A"
                + port
                + "%2Fcalendar%2Fign-veto.ics");
    assertThat(other.body()).contains("http://127.0.0.1:" + port + "/calendar/ign.ics");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).startsWith("Choose the meetings").doesNotContain("Exception");
  }

  @Test
  void theNewRoutesAreReadOnly() throws Exception {
    for (String path : new String[] {"/letters/letter-a10df2dd6f53", "/subscribe", "/app.js"}) {
      HttpResponse<String> post =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                  .POST(HttpRequest.BodyPublishers.ofString("x", StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).as(path).isEqualTo(405);
    }
  }
}
