package org.ignbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.read.ReadCommands;
import org.ignbot.core.knowledge.Knowledge;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.user.UserKey;
import org.ignbot.core.user.UserSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with Slack in HTTP mode: signed requests go into the running endpoint, the
 * real Bolt app answers, and the bot's Web API calls go to a fake Slack on 127.0.0.1.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "slack.bot.token=" + FakeSlack.BOT_TOKEN,
      "slack.signing.secret=" + SignedSlack.SECRET,
      "ign.clock.as-of=2024-11-18T12:00-05:00",
      "ign.admins=slack:UADMIN"
    })
class SlackIntegrationTests {
  static final FakeSlack FAKE = FakeSlack.start();
  static final TestCommands COMMANDS = new TestCommands();

  @DynamicPropertySource
  static void slackApi(DynamicPropertyRegistry registry) {
    registry.add("ign.slack.api.url", () -> FAKE.url("/api/"));
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class WithTestCommands {
    @Bean
    @Primary
    CommandEngine testEngine(
        ScheduleRepository schedules, Knowledge knowledge, UserSettings settings, Clock clock) {
      List<Command> commands = new ArrayList<>(ReadCommands.create(schedules, knowledge, settings));
      commands.addAll(COMMANDS.all(schedules));
      return new CommandEngine(commands, clock, settings);
    }
  }

  @LocalServerPort int port;
  @Autowired UserSettings userSettings;
  @Autowired List<Messenger> messengers;
  SignedSlack slack;

  @BeforeEach
  void setUp() {
    FAKE.reset();
    slack = new SignedSlack(port, FAKE);
  }

  @AfterAll
  static void stopFake() {
    FAKE.close();
  }

  @Test
  void slashNextIsAnsweredInTheAcknowledgementWithTheMeetingAsBlockKit() throws Exception {
    HttpResponse<String> ack = slack.slash("next", "U0DELEGATE", "C0IGN");

    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(JsonPath.<String>read(ack.body(), "$.response_type")).isEqualTo("ephemeral");
    assertThat(JsonPath.<String>read(ack.body(), "$.text")).startsWith("Next IGN meeting");
    String blocks = JsonPath.parse(ack.body()).read("$.blocks", List.class).toString();
    JSONAssert.assertEquals(
        """
        [
          {"type":"header","text":{"type":"plain_text","text":"Next IGN meeting"}},
          {"type":"section",
           "text":{"type":"mrkdwn","text":"*1st IGN Plenary* — Tuesday 19 November 2024\\n\
        *Morning* 10:00–13:00 New York · your time: \
        <!date^1732028400^{date_short_pretty} {time}|Tue 19 Nov 10:00>–<!date^1732039200^{time}|13:00 New York>\\n\
        *Afternoon* 15:00–18:00 New York · your time: \
        <!date^1732046400^{date_short_pretty} {time}|Tue 19 Nov 15:00>–<!date^1732057200^{time}|18:00 New York>\\n\
        *Venue* Trusteeship Council Chamber, UN Headquarters\\n\
        *Topics* Categories of membership; Cross-regional representation\\n\
        *Clusters* Categories of membership; The question of the veto; Regional representation; \
        Size of an enlarged Security Council and working methods of the Council; \
        The relationship between the Council and the General Assembly\\n\
        *Note* The meeting on 19 November 2024 will focus on a discussion of the five clusters in a \
        holistic manner, whereas the Chairs encourage delegations to focus in particular, on two topics \
        as follow up to the negotiations of the Pact for the Future: (1) categories of membership; \
        (2) representation of cross-regional groups."},
           "accessory":{"type":"overflow","action_id":"ign-overflow-0","options":[
             {"text":{"type":"plain_text","text":"Only this cluster: categories"},"value":"topic categories"},
             {"text":{"type":"plain_text","text":"Only this cluster: veto"},"value":"topic veto"},
             {"text":{"type":"plain_text","text":"Only this cluster: regional"},"value":"topic regional"},
             {"text":{"type":"plain_text","text":"Only this cluster: size-methods"},"value":"topic size-methods"},
             {"text":{"type":"plain_text","text":"Only this cluster: relationship"},"value":"topic relationship"}]}},
          {"type":"context","elements":[{"type":"mrkdwn","text":"Source: Co-Chairs' letter on \
        the IGN meetings of the 79th session (undated), signed Alexander (Co-Chair) · id `2024-11-19`"}]},
          {"type":"actions","elements":[
            {"type":"button","text":{"type":"plain_text","text":"Add to calendar"},
             "action_id":"ign-run-0","value":"ics 2024-11-19"}]}
        ]
        """,
        blocks,
        JSONCompareMode.STRICT);
    assertThat(FAKE.methods()).isEmpty();
  }

  @Test
  void unsignedWrongStaleFutureAndTamperedRequestsAreRefusedAndRunNothing() {
    String body = slack.slashBody("count", "U0DELEGATE", "C0IGN");
    String now = String.valueOf(slack.now());
    String stale = String.valueOf(slack.now() - 6 * 60);
    String future = String.valueOf(slack.now() + 6 * 60);
    String form = "application/x-www-form-urlencoded";
    int before = COMMANDS.runs.get();

    List<HttpResponse<String>> answers =
        List.of(
            slack.send(form, body, null, null),
            slack.send(form, body, now, null),
            slack.send(form, body, now, "v0=" + "0".repeat(64)),
            slack.send(form, body, now, SignedSlack.sign(now, body.replace("C0IGN", "C0SECRET"))),
            slack.send(form, body.replace("count", "count+"), now, SignedSlack.sign(now, body)),
            slack.send(form, body, stale, SignedSlack.sign(stale, body)),
            slack.send(form, body, future, SignedSlack.sign(future, body)),
            slack.send(form, body, "yesterday", SignedSlack.sign("yesterday", body)));

    assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(401));
    assertThat(answers).allSatisfy(answer -> assertThat(answer.body()).doesNotContain("counted"));
    assertThat(COMMANDS.runs.get()).isEqualTo(before);
    HttpResponse<String> signed = slack.send(form, body, now, SignedSlack.sign(now, body));
    assertThat(signed.statusCode()).isEqualTo(200);
    assertThat(COMMANDS.runs.get()).isEqualTo(before + 1);
  }

  @Test
  void timestampsJustInsideTheFiveMinuteWindowAreAccepted() {
    String body = slack.slashBody("whoami", "U0DELEGATE", "C0IGN");
    String form = "application/x-www-form-urlencoded";
    String past = String.valueOf(slack.now() - 4 * 60);
    String ahead = String.valueOf(slack.now() + 4 * 60);

    assertThat(slack.send(form, body, past, SignedSlack.sign(past, body)).statusCode())
        .isEqualTo(200);
    assertThat(slack.send(form, body, ahead, SignedSlack.sign(ahead, body)).statusCode())
        .isEqualTo(200);
  }

  @Test
  void theAskerIsTheSlackUserInTheirWorkspaceWithTheirAdminRightAndChannel() {
    assertThat(JsonPath.<String>read(slack.slash("whoami", "U0DELEGATE", "C0IGN").body(), "$.text"))
        .isEqualTo(FakeSlack.TEAM + "/U0DELEGATE admin=false channel=C0IGN");
    assertThat(JsonPath.<String>read(slack.slash("whoami", "UADMIN", "D0DM").body(), "$.text"))
        .isEqualTo(FakeSlack.TEAM + "/UADMIN admin=true channel=-");
  }

  @Test
  void aSignedSlashCommandWithoutAWorkspaceIsRefusedWithOneLine(CapturedOutput output) {
    int before = COMMANDS.runs.get();
    int logged = output.getAll().length();

    HttpResponse<String> answer =
        slack.post(
            "application/x-www-form-urlencoded",
            slack.slashBody("", "count", "U0DELEGATE", "C0IGN"));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).isEqualTo("Refused a Slack request with no team_id.\n");
    assertThat(COMMANDS.runs.get()).isEqualTo(before);
    assertThat(output.getAll().substring(logged)).doesNotContain("Exception", "ERROR");
  }

  @Test
  void aSignedBodyNamingItsSenderTwiceIsRefusedAndRunsNothing() {
    int before = COMMANDS.runs.get();
    String form = "application/x-www-form-urlencoded";
    String slash = slack.slashBody("whoami", "U0DELEGATE", "C0IGN");
    String click = blockAction("U0DELEGATE", "C0IGN", "ign-run-0", "\"value\":\"count\"");

    List<HttpResponse<String>> answers =
        List.of(
            slack.post(form, slash + "&user_id=UADMIN"),
            slack.post(form, slash.replace("&team_id=", "&team_id=T0OTHER&team_id=")),
            slack.interaction(click.replace("\"user\":{", "\"user\":{\"id\":\"UADMIN\",")),
            slack.event(
                directMessage("Ev8", "count")
                    .replace("\"user\":", "\"user\":\"UADMIN\",\"user\":")));

    assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(400));
    assertThat(answers)
        .allSatisfy(
            answer -> assertThat(answer.body()).endsWith("twice.\n").doesNotContain("admin"));
    assertThat(COMMANDS.runs.get()).isEqualTo(before);
    assertThat(FAKE.calls("chat.postMessage")).isEmpty();
  }

  @Test
  void aSignedRequestBoltCannotPlaceLeavesWhatWasTypedOutOfTheLog(CapturedOutput output) {
    int logged = output.getAll().length();

    HttpResponse<String> answer =
        slack.post(
            "application/x-www-form-urlencoded", "team_id=T0&user_id=U0&note=MY-SECRET-TEXT");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(output.getAll().substring(logged)).doesNotContain("MY-SECRET-TEXT");
  }

  @Test
  void getOnTheEventsEndpointSaysItTakesPost() throws Exception {
    HttpResponse<String> answer =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/slack/events"))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(405);
    assertThat(answer.headers().firstValue("Allow")).hasValue("POST");
    assertThat(answer.body()).isEqualTo("Only POST works here.\n");
  }

  @Test
  void anAdminCommandTypedByADelegateIsRefusedWithTheLineDiscordGivesToo() {
    HttpResponse<String> refused = slack.slash("confirm", "U0DELEGATE", "C0IGN");

    // The engine's refusal, from confirm's description: DiscordInteractionTests pins the same line.
    assertThat(JsonPath.<String>read(refused.body(), "$.text"))
        .isEqualTo(
            "Sorry, `confirm` is for the bot's admins. Ask an admin, or try `next` or `schedule`.");
    assertThat(JsonPath.<String>read(refused.body(), "$.response_type")).isEqualTo("ephemeral");
  }

  @Test
  void badInputGetsOneEphemeralLine() {
    HttpResponse<String> unknown = slack.slash("nxt", "U0DELEGATE", "C0IGN");
    HttpResponse<String> empty = slack.slash("", "U0DELEGATE", "C0IGN");

    assertThat(JsonPath.<String>read(unknown.body(), "$.response_type")).isEqualTo("ephemeral");
    assertThat(JsonPath.<String>read(unknown.body(), "$.blocks[0].text.text"))
        .isEqualTo(
            ":warning: I don't know \"nxt\" — did you mean `next`? Type `help` for the list.");
    assertThat(JsonPath.<String>read(empty.body(), "$.blocks[0].text.text"))
        .isEqualTo(":warning: Type a command: try `next`, or `help` for the list.");
  }

  @Test
  void aLetterPastedAfterImportReachesTheCommandAsAFile() {
    String letter = "Excellency,\n" + "I have the honour to convene the IGN. ".repeat(80);

    HttpResponse<String> ack = slack.slash("import " + letter, "UADMIN", "D0DM");

    assertThat(JsonPath.<String>read(ack.body(), "$.blocks[0].text.text"))
        .isEqualTo("Preview of pasted-letter.txt");
    assertThat(JsonPath.<String>read(ack.body(), "$.blocks[1].text.text")).isEqualTo("Excellency,");
    assertThat(new String(COMMANDS.lastFiles.get(0).content(), StandardCharsets.UTF_8))
        .isEqualTo(letter);
  }

  @Test
  void aPublicReplyIsPostedInTheChannel() {
    HttpResponse<String> ack = slack.slash("announce", "UADMIN", "C0IGN");

    assertThat(JsonPath.<String>read(ack.body(), "$.response_type")).isEqualTo("in_channel");
  }

  @Test
  void aSlowAnswerIsAcknowledgedAtOnceAndFollowsThroughTheResponseUrl() {
    COMMANDS.slowGate = new CountDownLatch(1);

    HttpResponse<String> ack = slack.slash("slow", "U0DELEGATE", "C0IGN");

    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(JsonPath.<String>read(ack.body(), "$.text")).contains("Working on it");
    assertThat(FAKE.calls("/response/slash")).isEmpty();
    COMMANDS.slowGate.countDown();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(FAKE.calls("/response/slash")).hasSize(1));
    String answer = FAKE.calls("/response/slash").get(0).body();
    assertThat(JsonPath.<String>read(answer, "$.blocks[0].text.text")).isEqualTo("Done slowly.");
    assertThat(JsonPath.<Boolean>read(answer, "$.replace_original")).isTrue();
    assertThat(JsonPath.<String>read(answer, "$.response_type")).isEqualTo("ephemeral");
  }

  @Test
  void aLongAnswerIsSplitWithinSlackLimits() {
    HttpResponse<String> ack = slack.slash("long", "U0DELEGATE", "C0IGN");

    List<Map<String, Object>> first = JsonPath.read(ack.body(), "$.blocks");
    assertThat(first).hasSize(50);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(FAKE.calls("/response/slash")).isNotEmpty());
    List<Map<String, Object>> rest =
        JsonPath.read(FAKE.calls("/response/slash").get(0).body(), "$.blocks");
    assertThat(rest).isNotEmpty().hasSizeLessThanOrEqualTo(50);
    List<String> texts = new ArrayList<>(JsonPath.read(ack.body(), "$.blocks[*].text.text"));
    texts.addAll(
        JsonPath.read(FAKE.calls("/response/slash").get(0).body(), "$.blocks[*].text.text"));
    assertThat(texts).allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(3000));
    assertThat(String.join("\n", texts)).contains("line 0 ", "line 79 ");
  }

  @Test
  void anIcsFileIsUploadedThroughTheUploadV2FlowIntoTheDirectMessages() {
    HttpResponse<String> ack = slack.slash("ics 2024-11-19", "U0DELEGATE", "C0IGN");

    assertThat(JsonPath.<String>read(ack.body(), "$.blocks[0].text.text"))
        .contains("subscribe to the feed: https://ign.example/feed.ics");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(FAKE.methods())
                    .containsExactly(
                        "conversations.open",
                        "files.getUploadURLExternal",
                        "/upload/F0ICS",
                        "files.completeUploadExternal",
                        "/response/slash"));
    assertThat(FAKE.calls("conversations.open").get(0).param("users")).isEqualTo("U0DELEGATE");
    FakeSlack.Call getUrl = FAKE.calls("files.getUploadURLExternal").get(0);
    assertThat(getUrl.param("filename")).isEqualTo("ign-2024-11-19.ics");
    assertThat(getUrl.param("length")).isEqualTo("32");
    assertThat(getUrl.headers().get("authorization")).isEqualTo("Bearer " + FakeSlack.BOT_TOKEN);
    assertThat(FAKE.calls("/upload/F0ICS").get(0).body())
        .isEqualTo("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    FakeSlack.Call complete = FAKE.calls("files.completeUploadExternal").get(0);
    assertThat(complete.param("channel_id")).isEqualTo("D0DM");
    assertThat(JsonPath.<String>read(complete.param("files"), "$[0].id")).isEqualTo("F0ICS");
    assertThat(JsonPath.<String>read(FAKE.calls("/response/slash").get(0).body(), "$.text"))
        .isEqualTo("I sent ign-2024-11-19.ics to our direct messages.");
  }

  @Test
  void aButtonClickRunsItsRequestForTheUserWhoClicked() {
    HttpResponse<String> ack =
        slack.interaction(blockAction("UADMIN", "C0IGN", "ign-run-0", "\"value\":\"confirm\""));

    assertThat(ack.statusCode()).isEqualTo(200);
    String answer = clickAnswer();
    assertThat(JsonPath.<String>read(answer, "$.blocks[0].text.text"))
        .isEqualTo("Published for " + FakeSlack.TEAM + "/UADMIN admin=true channel=C0IGN");
    assertThat(JsonPath.<String>read(answer, "$.response_type")).isEqualTo("ephemeral");
    assertThat(JsonPath.<Boolean>read(answer, "$.replace_original")).isFalse();
  }

  @Test
  void anAdminButtonClickedByADelegateIsRefusedByTheCore() {
    slack.interaction(blockAction("UCLICKER", "C0IGN", "ign-run-0", "\"value\":\"confirm\""));

    assertThat(JsonPath.<String>read(clickAnswer(), "$.text"))
        .isEqualTo(
            "Sorry, `confirm` is for the bot's admins. Ask an admin, or try `next` or `schedule`.");
  }

  @Test
  void aButtonWhoseValueIsNoRequestGetsOneLineAndRunsNothing() {
    // Typed text in a button's value (an old message, or a forged one) never runs as a command.
    int before = COMMANDS.runs.get();
    slack.interaction(blockAction("UADMIN", "C0IGN", "ign-run-0", "\"value\":\"count\""));

    assertThat(JsonPath.<String>read(clickAnswer(), "$.text"))
        .isEqualTo(
            "That button is from an older message and no longer works. Type `help` for what I"
                + " can do.");
    assertThat(COMMANDS.runs.get()).isEqualTo(before);
  }

  private String clickAnswer() {
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(FAKE.calls("/response/click")).hasSize(1));
    return FAKE.calls("/response/click").get(0).body();
  }

  @Test
  void theOnlyThisClusterMenuShowsTheMeetingsOnThatCluster() {
    slack.interaction(
        blockAction(
            "U0DELEGATE",
            "C0IGN",
            "ign-overflow-0",
            "\"selected_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"Only this cluster:"
                + " categories\"},\"value\":\"topic categories\"}"));

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(FAKE.calls("/response/click")).hasSize(1));
    assertThat(FAKE.calls("/response/click").get(0).body())
        .contains("1st IGN Plenary")
        .contains("Categories of membership");
  }

  @Test
  void aFileSharedInTheDirectMessagesGoesToImportAndThePreviewHasButtons() {
    FAKE.serveFile(
        "/files/letter.txt", "Letter of 12 February 2026\nMore".getBytes(StandardCharsets.UTF_8));
    String event =
        """
        {"token":"t","team_id":"%s","api_app_id":"A0IGN","type":"event_callback",
         "event_id":"Ev1","event_time":1732000000,
         "event":{"type":"message","subtype":"file_share","channel_type":"im","channel":"D0DM",
                  "user":"UADMIN","text":"import","ts":"1732000000.000100",
                  "files":[{"id":"F0LETTER","name":"letter.txt","mimetype":"text/plain","size":31,
                            "url_private_download":"%s"}]}}
        """
            .formatted(FakeSlack.TEAM, FAKE.url("/files/letter.txt"));

    assertThat(slack.event(event).statusCode()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(FAKE.calls("chat.postMessage")).hasSize(1));
    assertThat(FAKE.calls("/files/letter.txt").get(0).headers().get("authorization"))
        .isEqualTo("Bearer " + FakeSlack.BOT_TOKEN);
    assertThat(COMMANDS.lastFiles).hasSize(1);
    assertThat(COMMANDS.lastFiles.get(0).fileName()).isEqualTo("letter.txt");
    FakeSlack.Call posted = FAKE.calls("chat.postMessage").get(0);
    assertThat(posted.param("channel")).isEqualTo("D0DM");
    assertThat(JsonPath.<List<String>>read(posted.param("blocks"), "$[*].elements[*].value"))
        .containsExactly("confirm", "discard");
    assertThat(JsonPath.<String>read(posted.param("blocks"), "$[1].text.text"))
        .isEqualTo("Letter of 12 February 2026");
  }

  @Test
  void aFileFromAHostThatIsNotSlackIsNotFetchedWithTheBotToken() {
    COMMANDS.lastFiles = List.of();
    String event =
        """
        {"token":"t","team_id":"%s","api_app_id":"A0IGN","type":"event_callback",
         "event_id":"Ev3","event_time":1732000000,
         "event":{"type":"message","subtype":"file_share","channel_type":"im","channel":"D0DM",
                  "user":"UADMIN","text":"import","ts":"1732000000.000200",
                  "files":[{"id":"F0EVIL","name":"letter.txt","mimetype":"text/plain","size":31,
                            "url_private_download":"%s"}]}}
        """
            .formatted(
                FakeSlack.TEAM, FAKE.url("/files/other.txt").replace("127.0.0.1", "localhost"));
    FAKE.serveFile("/files/other.txt", "Not from Slack".getBytes(StandardCharsets.UTF_8));

    assertThat(slack.event(event).statusCode()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(FAKE.calls("chat.postMessage")).hasSize(1));
    assertThat(
            JsonPath.<String>read(
                FAKE.calls("chat.postMessage").get(0).param("blocks"), "$[0].text.text"))
        .startsWith(":warning: I could not read \"letter.txt\"");
    assertThat(COMMANDS.lastFiles).isEmpty();
    assertThat(FAKE.calls("/files/other.txt")).isEmpty();
  }

  @Test
  void aDirectMessageIsACommandAnsweredInTheDirectMessages() {
    String event =
        """
        {"token":"t","team_id":"%s","api_app_id":"A0IGN","type":"event_callback",
         "event_id":"Ev4","event_time":1732000000,
         "event":{"type":"message","channel_type":"im","channel":"D0DM","user":"U0DELEGATE",
                  "text":"whoami","ts":"1732000000.000300"}}
        """
            .formatted(FakeSlack.TEAM);

    assertThat(slack.event(event).statusCode()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(FAKE.calls("chat.postMessage")).hasSize(1));
    FakeSlack.Call posted = FAKE.calls("chat.postMessage").get(0);
    assertThat(posted.param("channel")).isEqualTo("D0DM");
    assertThat(posted.param("text"))
        .isEqualTo(FakeSlack.TEAM + "/U0DELEGATE admin=false channel=-");
  }

  @Test
  void anEventSlackSendsAgainDoesNotRunItsCommandTwice() {
    int before = COMMANDS.runs.get();

    slack.event(directMessage("Ev6", "count"));
    slack.event(directMessage("Ev6", "count"));
    slack.event(directMessage("Ev7", "count"));

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(FAKE.calls("chat.postMessage")).hasSize(2));
    assertThat(COMMANDS.runs.get()).isEqualTo(before + 2);
  }

  private static String directMessage(String eventId, String text) {
    return """
        {"token":"t","team_id":"%s","api_app_id":"A0IGN","type":"event_callback",
         "event_id":"%s","event_time":1732000000,
         "event":{"type":"message","channel_type":"im","channel":"D0DM","user":"U0DELEGATE",
                  "text":"%s","ts":"1732000000.000400"}}
        """
        .formatted(FakeSlack.TEAM, eventId, text);
  }

  @Test
  void theSetMyTimeZoneButtonOpensTheDialog() {
    slack.interaction(blockAction("UZONE", "D0HOME", "ign-home-set-zone", "\"value\":\"tz\""));

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(FAKE.calls("views.open")).hasSize(1));
    FakeSlack.Call open = FAKE.calls("views.open").get(0);
    assertThat(open.param("trigger_id")).isEqualTo("1.2.trigger");
    assertThat(JsonPath.<String>read(open.param("view"), "$.callback_id"))
        .isEqualTo("ign-zone-modal");
  }

  @Test
  void theAppHomeShowsTheZoneAndTheNextMeetings() {
    userSettings.setZone(new UserKey("slack", FakeSlack.TEAM, "UHOME"), ZoneId.of("Europe/Vienna"));
    String event =
        """
        {"token":"t","team_id":"%s","api_app_id":"A0IGN","type":"event_callback",
         "event_id":"Ev2","event_time":1732000000,
         "event":{"type":"app_home_opened","user":"UHOME","channel":"D0HOME","tab":"home",
                  "event_ts":"1732000000.1"}}
        """
            .formatted(FakeSlack.TEAM);

    assertThat(slack.event(event).statusCode()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(FAKE.calls("views.publish")).hasSize(1));
    FakeSlack.Call publish = FAKE.calls("views.publish").get(0);
    assertThat(publish.param("user_id")).isEqualTo("UHOME");
    String view = publish.param("view");
    assertThat(JsonPath.<String>read(view, "$.type")).isEqualTo("home");
    assertThat(JsonPath.<String>read(view, "$.blocks[1].text.text"))
        .startsWith("*Your time zone:* Europe/Vienna (Vienna)");
    assertThat(view).contains("1st IGN Plenary").contains("Next meeting");
  }

  @Test
  void withoutAZoneTheHomeTabOffersTheZoneOfTheSlackProfile() {
    assertThat(slack.event(homeOpened("UNOZONE")).statusCode()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(FAKE.calls("views.publish")).hasSize(1));
    assertThat(FAKE.calls("users.info").get(0).param("user")).isEqualTo("UNOZONE");
    String view = FAKE.calls("views.publish").get(0).param("view");
    assertThat(JsonPath.<String>read(view, "$.blocks[1].text.text"))
        .isEqualTo(
            "*Your time zone:* not set. Your Slack profile says Europe/Vienna; use it so that"
                + " reminders show your time too.");
    assertThat(JsonPath.<String>read(view, "$.blocks[2].elements[0].action_id"))
        .isEqualTo("ign-home-use-zone");
    assertThat(JsonPath.<String>read(view, "$.blocks[2].elements[0].value"))
        .isEqualTo("Europe/Vienna");
  }

  @Test
  void aProfileWithoutAZoneGetsOneClearLineOnTheHomeTab() {
    FAKE.queue(
        "users.info",
        new FakeSlack.Answer(200, Map.of(), "{\"ok\":true,\"user\":{\"id\":\"U0\"}}"));

    slack.event(homeOpened("UNOPROFILE"));

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(FAKE.calls("views.publish")).hasSize(1));
    String view = FAKE.calls("views.publish").get(0).param("view");
    assertThat(JsonPath.<String>read(view, "$.blocks[1].text.text"))
        .startsWith("*Your time zone:* not set, and your Slack profile has none.");
    assertThat(view).doesNotContain("ign-home-use-zone");
  }

  @Test
  void aClickOnTheHomeTabAnswersInTheDirectMessagesAndRefreshesTheTab() {
    String click = homeClick("UHOMECLICK", "ign-home-use-zone", "Asia/Kolkata");

    assertThat(slack.interaction(click).statusCode()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(FAKE.calls("views.publish")).hasSize(1));
    assertThat(FAKE.calls("chat.postMessage").get(0).param("channel")).isEqualTo("UHOMECLICK");
    assertThat(userSettings.zone(new UserKey("slack", FakeSlack.TEAM, "UHOMECLICK")))
        .contains(ZoneId.of("Asia/Kolkata"));
    assertThat(
            JsonPath.<String>read(
                FAKE.calls("views.publish").get(0).param("view"), "$.blocks[1].text.text"))
        .startsWith("*Your time zone:* Asia/Kolkata (Kolkata)");
  }

  @Test
  void withoutSubscriptionsTheHomeTabHasNoRemindMeAndAStrayClickIsOneLine() {
    String click = homeClick("UHOMESUB", "ign-home-subscribe", "default");

    assertThat(slack.interaction(click).statusCode()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(FAKE.calls("views.publish")).hasSize(1));
    assertThat(
            JsonPath.<String>read(
                FAKE.calls("chat.postMessage").get(0).param("blocks"), "$[0].text.text"))
        .isEqualTo(":warning: That is not available here. Type `help` for what I can do.");
    assertThat(FAKE.calls("views.publish").get(0).param("view"))
        .doesNotContain("ign-home-subscribe");
  }

  /** A click on a button of the user's App Home tab. */
  private static String homeClick(String user, String actionId, String value) {
    return """
        {"type":"block_actions","team":{"id":"%s","domain":"missions"},
         "user":{"id":"%s","team_id":"%s"},"api_app_id":"A0IGN","token":"t",
         "container":{"type":"view","view_id":"V0HOME"},"trigger_id":"1.2.trigger",
         "view":{"id":"V0HOME","type":"home","team_id":"%s"},
         "actions":[{"type":"button","action_id":"%s","block_id":"b9",
                     "value":"%s","action_ts":"1732000000.2"}]}
        """
        .formatted(FakeSlack.TEAM, user, FakeSlack.TEAM, FakeSlack.TEAM, actionId, value);
  }

  private static String homeOpened(String user) {
    return """
        {"token":"t","team_id":"%s","api_app_id":"A0IGN","type":"event_callback",
         "event_id":"Ev5","event_time":1732000000,
         "event":{"type":"app_home_opened","user":"%s","channel":"D0HOME","tab":"home",
                  "event_ts":"1732000000.1"}}
        """
        .formatted(FakeSlack.TEAM, user);
  }

  @Test
  void theTimeZoneDialogRefusesAnUnknownZoneAndSavesAKnownOne() {
    HttpResponse<String> refused = slack.interaction(zoneSubmission("UZONE", "Atlantis/Lost"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(JsonPath.<String>read(refused.body(), "$.response_action")).isEqualTo("errors");
    assertThat(JsonPath.<String>read(refused.body(), "$.errors.zone")).contains("Atlantis/Lost");

    HttpResponse<String> saved = slack.interaction(zoneSubmission("UZONE", "Asia/Kolkata"));

    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(userSettings.zone(new UserKey("slack", FakeSlack.TEAM, "UZONE")))
        .isEqualTo(Optional.of(ZoneId.of("Asia/Kolkata")));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(FAKE.calls("views.publish")).hasSize(1));
  }

  @Test
  void slackUrlVerificationIsAnswered() {
    HttpResponse<String> answer =
        slack.event("{\"token\":\"t\",\"challenge\":\"c-123\",\"type\":\"url_verification\"}");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("c-123");
  }

  @Test
  void theMessengerPostsTheSameBlocksToTheUsersDirectMessages() {
    DeliveryResult result =
        slackMessenger().send(recipient(Recipient.Kind.DIRECT_MESSAGE, "U0SUB"), reminder());

    assertThat(result).isEqualTo(new DeliveryResult.Delivered("D0DM/1732028400.000100"));
    FakeSlack.Call posted = FAKE.calls("chat.postMessage").get(0);
    assertThat(posted.param("channel")).isEqualTo("U0SUB");
    assertThat(posted.headers().get("authorization")).isEqualTo("Bearer " + FakeSlack.BOT_TOKEN);
    assertThat(JsonPath.<String>read(posted.param("blocks"), "$[0].text.text"))
        .isEqualTo("Reminder: 1st IGN Plenary in 1 hour");
    assertThat(posted.param("text")).startsWith("Reminder: 1st IGN Plenary in 1 hour");
  }

  @Test
  void aRateLimitedSendIsToBeRetriedAfterSlacksRetryAfter() {
    FAKE.queue(
        "chat.postMessage",
        new FakeSlack.Answer(
            429, Map.of("Retry-After", "7"), "{\"ok\":false,\"error\":\"ratelimited\"}"));

    DeliveryResult result =
        slackMessenger().send(recipient(Recipient.Kind.CHANNEL, "C0G4"), reminder());

    assertThat(result).isInstanceOf(DeliveryResult.RetryLater.class);
    assertThat(((DeliveryResult.RetryLater) result).retryAfter()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void aChannelThatIsGoneOrArchivedIsRefusedForGood() {
    FAKE.queue(
        "chat.postMessage",
        new FakeSlack.Answer(200, Map.of(), "{\"ok\":false,\"error\":\"channel_not_found\"}"));
    FAKE.queue(
        "chat.postMessage",
        new FakeSlack.Answer(200, Map.of(), "{\"ok\":false,\"error\":\"is_archived\"}"));
    FAKE.queue(
        "chat.postMessage",
        new FakeSlack.Answer(200, Map.of(), "{\"ok\":false,\"error\":\"internal_error\"}"));

    assertThat(slackMessenger().send(recipient(Recipient.Kind.CHANNEL, "C0GONE"), reminder()))
        .isEqualTo(new DeliveryResult.Refused("channel_not_found"));
    assertThat(slackMessenger().send(recipient(Recipient.Kind.CHANNEL, "C0OLD"), reminder()))
        .isEqualTo(new DeliveryResult.Refused("is_archived"));
    assertThat(slackMessenger().send(recipient(Recipient.Kind.CHANNEL, "C0IGN"), reminder()))
        .isEqualTo(new DeliveryResult.RetryLater(Duration.ZERO, "internal_error"));
  }

  @Test
  void aRecipientInAnotherWorkspaceIsRefusedWithoutCallingSlack() {
    DeliveryResult result =
        slackMessenger()
            .send(new Recipient("slack", "T0OTHER", Recipient.Kind.CHANNEL, "C0IGN"), reminder());

    assertThat(result).isInstanceOf(DeliveryResult.Refused.class);
    assertThat(FAKE.calls()).isEmpty();
  }

  private Messenger slackMessenger() {
    return messengers.stream().filter(m -> m.platform().equals("slack")).findFirst().orElseThrow();
  }

  private static Recipient recipient(Recipient.Kind kind, String id) {
    return new Recipient("slack", FakeSlack.TEAM, kind, id);
  }

  private static Reply reminder() {
    return Reply.ok().line("Reminder: 1st IGN Plenary in 1 hour").build();
  }

  private String blockAction(String user, String channel, String actionId, String valuePart) {
    return """
        {"type":"block_actions","team":{"id":"%s","domain":"missions"},
         "user":{"id":"%s","team_id":"%s"},"api_app_id":"A0IGN","token":"t",
         "container":{"type":"message","channel_id":"%s","is_ephemeral":true},
         "trigger_id":"1.2.trigger","channel":{"id":"%s","name":"ign"},
         "response_url":"%s",
         "actions":[{"type":"%s","action_id":"%s","block_id":"b1",%s,"action_ts":"1732000000.2"}]}
        """
        .formatted(
            FakeSlack.TEAM,
            user,
            FakeSlack.TEAM,
            channel,
            channel,
            FAKE.url("/response/click"),
            actionId.startsWith("ign-overflow") ? "overflow" : "button",
            actionId,
            valuePart);
  }

  private String zoneSubmission(String user, String zone) {
    return """
        {"type":"view_submission","team":{"id":"%s","domain":"missions"},
         "user":{"id":"%s","team_id":"%s"},"api_app_id":"A0IGN","token":"t",
         "trigger_id":"1.2.trigger",
         "view":{"id":"V1","type":"modal","callback_id":"ign-zone-modal","team_id":"%s",
                 "state":{"values":{"zone":{"zone-input":{"type":"plain_text_input","value":"%s"}}}}}}
        """
        .formatted(FakeSlack.TEAM, user, FakeSlack.TEAM, FakeSlack.TEAM, zone);
  }
}
