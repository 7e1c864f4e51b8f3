package org.ignbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Several workspaces through Slack's OAuth flow: the install redirect, the callback storing the
 * installation in the database, and each workspace answered with its own bot token. The Web API
 * (auth.test, oauth.v2.access, files, chat) is the fake Slack on 127.0.0.1.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "slack.client.id=111.222",
      "slack.client.secret=client-secret-value",
      "slack.signing.secret=" + SignedSlack.SECRET,
      "spring.datasource.url=jdbc:h2:mem:slack-oauth;DB_CLOSE_DELAY=-1",
      "ign.clock.as-of=2024-11-18T12:00-05:00",
      "management.endpoint.health.show-components=always"
    })
class SlackOAuthIntegrationTests {
  static final FakeSlack FAKE = FakeSlack.start();
  static final String COOKIE = "slack-app-oauth-state";

  @DynamicPropertySource
  static void slackApi(DynamicPropertyRegistry registry) {
    registry.add("ign.slack.api.url", () -> FAKE.url("/api/"));
  }

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired List<Messenger> messengers;
  @Autowired Clock clock;
  final HttpClient http = HttpClient.newHttpClient();
  JdbcClient jdbc;
  SignedSlack slack;

  @BeforeEach
  void setUp() {
    FAKE.reset();
    jdbc = JdbcClient.create(dataSource);
    jdbc.sql("delete from slack_installation").update();
    jdbc.sql("delete from slack_oauth_state").update();
    slack = new SignedSlack(port, FAKE);
  }

  @AfterAll
  static void stopFake() {
    FAKE.close();
  }

  @Test
  void readinessTakesSlackInOAuthModeToo() {
    HttpResponse<String> slackHealth = get("/actuator/health/readiness/slack", null);

    assertThat(slackHealth.statusCode()).as(slackHealth.body()).isEqualTo(200);
    assertThat(slackHealth.body()).contains("\"status\":\"UP\"");
  }

  @Test
  void installSendsTheInstallerToSlackWithAStateKeptInACookieAndTheDatabase() {
    HttpResponse<String> install = get("/slack/install", null);

    assertThat(install.statusCode()).isEqualTo(302);
    String location = install.headers().firstValue("Location").orElseThrow();
    assertThat(location)
        .startsWith("https://slack.com/oauth/v2/authorize?client_id=111.222&scope=commands%2C");
    String state = query(location, "state");
    assertThat(install.headers().firstValue("Set-Cookie").orElseThrow())
        .startsWith(COOKIE + "=" + state + ";")
        .contains("HttpOnly", "Max-Age=600");
    assertThat(
            jdbc.sql("select count(*) from slack_oauth_state where state = ?")
                .param(state)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(FAKE.calls("oauth.v2.access")).isEmpty();
  }

  @Test
  void theRedirectStoresTheInstallationAndThatWorkspaceIsAnsweredWithItsToken() {
    String state = startInstall();

    HttpResponse<String> done =
        get("/slack/oauth_redirect?code=code-T0TWO&state=" + state, COOKIE + "=" + state);

    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body())
        .isEqualTo("IGN Bot is installed in Mission T0TWO. Type /ign help in Slack.\n");
    FakeSlack.Call access = FAKE.calls("oauth.v2.access").get(0);
    assertThat(access.param("code")).isEqualTo("code-T0TWO");
    Map<String, Object> row =
        jdbc.sql("select * from slack_installation where team_id = 'T0TWO'").query().singleRow();
    assertThat(row)
        .containsEntry("BOT_TOKEN", "xoxb-T0TWO")
        .containsEntry("BOT_USER_ID", "UBOTT0TWO")
        .containsEntry("SCOPES", "commands,chat:write,files:write")
        .containsEntry("INSTALLED_BY", "U0INSTALLER");
    OffsetDateTime installedAt =
        jdbc.sql("select installed_at from slack_installation")
            .query(OffsetDateTime.class)
            .single();
    assertThat(Duration.between(installedAt.toInstant(), clock.instant()).abs())
        .isLessThan(Duration.ofMinutes(1));
    assertThat(jdbc.sql("select count(*) from slack_oauth_state").query(Integer.class).single())
        .as("the state is used up")
        .isZero();

    HttpResponse<String> ack = post(slack.slashBody("T0TWO", "ics 2024-11-19", "U0TWO", "C0TWO"));

    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(FakeSlack.token(FAKE.calls("auth.test").get(0))).isEqualTo("xoxb-T0TWO");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(FAKE.calls("files.getUploadURLExternal"))
                    .singleElement()
                    .extracting(FakeSlack::token)
                    .isEqualTo("xoxb-T0TWO"));
  }

  @Test
  void theMessengerWritesToAnInstalledWorkspaceWithItsTokenAndRefusesOthers() {
    String state = startInstall();
    get("/slack/oauth_redirect?code=code-T0TWO&state=" + state, COOKIE + "=" + state);
    Messenger messenger =
        messengers.stream().filter(m -> m.platform().equals("slack")).findFirst().orElseThrow();
    Reply reminder = Reply.ok().line("The IGN meets in an hour.").build();

    DeliveryResult sent =
        messenger.send(
            new Recipient("slack", "T0TWO", Recipient.Kind.DIRECT_MESSAGE, "U0TWO"), reminder);
    DeliveryResult elsewhere =
        messenger.send(
            new Recipient("slack", "T0GONE", Recipient.Kind.DIRECT_MESSAGE, "U0GONE"), reminder);

    assertThat(sent).isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(FakeSlack.token(FAKE.calls("chat.postMessage").get(0))).isEqualTo("xoxb-T0TWO");
    assertThat(elsewhere)
        .isEqualTo(
            new DeliveryResult.Refused("the bot is not installed in Slack workspace T0GONE"));
    assertThat(FAKE.calls("chat.postMessage")).hasSize(1);
  }

  @Test
  void aStateThatDoesNotMatchTheCookieIsRefusedWithOneLine() {
    String state = startInstall();

    HttpResponse<String> forged =
        get("/slack/oauth_redirect?code=code-T0EVIL&state=forged", COOKIE + "=forged");
    HttpResponse<String> noCookie =
        get("/slack/oauth_redirect?code=code-T0EVIL&state=" + state, null);

    for (HttpResponse<String> refused : List.of(forged, noCookie)) {
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body())
          .isEqualTo(
              "This install link has expired or was not started in this browser: open"
                  + " /slack/install again.\n");
    }
    assertThat(FAKE.calls("oauth.v2.access")).isEmpty();
    assertThat(jdbc.sql("select count(*) from slack_installation").query(Integer.class).single())
        .isZero();
  }

  @Test
  void anExpiredOrUsedStateIsRefused() {
    String expired = startInstall();
    jdbc.sql("update slack_oauth_state set expires_at = ? where state = ?")
        .params(clock.instant().minusSeconds(1).atOffset(ZoneOffset.UTC), expired)
        .update();
    String used = startInstall();
    get("/slack/oauth_redirect?code=code-T0TWO&state=" + used, COOKIE + "=" + used);

    HttpResponse<String> late =
        get("/slack/oauth_redirect?code=code-T0TWO&state=" + expired, COOKIE + "=" + expired);
    HttpResponse<String> again =
        get("/slack/oauth_redirect?code=code-T0TWO&state=" + used, COOKIE + "=" + used);

    assertThat(late.statusCode()).isEqualTo(400);
    assertThat(late.body()).startsWith("This install link has expired");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(FAKE.calls("oauth.v2.access")).hasSize(1);
  }

  @Test
  void aCodeSlackRefusesStoresNothing() {
    String state = startInstall();

    HttpResponse<String> refused =
        get("/slack/oauth_redirect?code=stale&state=" + state, COOKIE + "=" + state);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .isEqualTo(
            "Slack did not confirm the install (invalid_code): open /slack/install again.\n");
    assertThat(jdbc.sql("select count(*) from slack_installation").query(Integer.class).single())
        .isZero();
  }

  @Test
  void aStateIsUsedUpByItsFirstCallbackWhateverTheOutcome() {
    String denied = startInstall();
    String badCode = startInstall();
    get("/slack/oauth_redirect?error=access_denied&state=" + denied, COOKIE + "=" + denied);
    get("/slack/oauth_redirect?code=stale&state=" + badCode, COOKIE + "=" + badCode);

    HttpResponse<String> afterDenied =
        get("/slack/oauth_redirect?code=code-T0TWO&state=" + denied, COOKIE + "=" + denied);
    HttpResponse<String> afterBadCode =
        get("/slack/oauth_redirect?code=code-T0TWO&state=" + badCode, COOKIE + "=" + badCode);

    for (HttpResponse<String> replay : List.of(afterDenied, afterBadCode)) {
      assertThat(replay.statusCode()).isEqualTo(400);
      assertThat(replay.body()).startsWith("This install link has expired");
    }
    assertThat(FAKE.calls("oauth.v2.access")).hasSize(1);
    assertThat(jdbc.sql("select count(*) from slack_installation").query(Integer.class).single())
        .isZero();
  }

  @Test
  void aWorkspaceThatDidNotInstallTheBotRunsNoCommand() {
    HttpResponse<String> ack = post(slack.slashBody("T0NONE", "ics 2024-11-19", "U0X", "C0X"));

    assertThat(ack.body()).doesNotContain("calendar");
    assertThat(FAKE.calls("files.getUploadURLExternal")).isEmpty();
  }

  @Test
  void uninstallingTheAppForgetsTheWorkspacesToken() {
    String state = startInstall();
    get("/slack/oauth_redirect?code=code-T0TWO&state=" + state, COOKIE + "=" + state);

    HttpResponse<String> ack =
        slack.event(
            """
            {"token":"x","team_id":"T0TWO","api_app_id":"A0IGN","type":"event_callback",
             "event":{"type":"app_uninstalled","event_ts":"1732028400.000100"},
             "event_id":"Ev0UNINSTALL","event_time":1732028400}
            """);

    assertThat(ack.statusCode()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql("select count(*) from slack_installation")
                            .query(Integer.class)
                            .single())
                    .isZero());
  }

  private String startInstall() {
    return query(
        get("/slack/install", null).headers().firstValue("Location").orElseThrow(), "state");
  }

  private HttpResponse<String> post(String form) {
    return slack.post("application/x-www-form-urlencoded", form);
  }

  private HttpResponse<String> get(String path, String cookie) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String query(String url, String name) {
    Matcher matcher = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(url);
    assertThat(matcher.find()).as(name + " in " + url).isTrue();
    return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
  }
}
