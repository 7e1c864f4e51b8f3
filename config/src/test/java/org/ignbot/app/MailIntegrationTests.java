package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.mail.MailSubscriptionStore;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Mail as the application wires it when {@code spring.mail.host} is set: a subscription from the
 * chat, confirmed by its code, brings invitations from the timed rounds; an admin's move brings the
 * updates; the one-click POST of the List-Unsubscribe link deletes the address.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:mail-integration;DB_CLOSE_DELAY=-1",
      "ign.clock.as-of=2024-11-18T12:00-05:00",
      "ign.admins=test:admin",
      "ign.mail.from=ign-bot@bot.example",
      "ign.mail.round-interval=1s"
    })
class MailIntegrationTests {
  /** Started before the application context, which reads its port. */
  static final GreenMail greenMail =
      new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

  static {
    greenMail.start();
  }

  @AfterAll
  static void stopGreenMail() {
    greenMail.stop();
  }

  private static final String ADDRESS = "delegate@mission.example";

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
  }

  @LocalServerPort int port;
  @Autowired CommandEngine engine;
  @Autowired MailSubscriptionStore store;
  @Autowired TextRenderer renderer;

  private long received(String subjectStart) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> subject(m).startsWith(subjectStart))
        .count();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aConfirmedAddressGetsInvitationsThenUpdatesAndTheOneClickPostEndsThem() throws Exception {
    Asker delegate = new Asker(new UserKey("test", "w1", "delegate"), false);
    Asker admin = new Asker(new UserKey("test", "w1", "admin"), true);

    Reply subscribed = engine.handle(delegate, "subscribe email " + ADDRESS + " 2h");
    assertThat(subscribed.isError()).as(renderer.render(subscribed)).isFalse();
    String confirm = "Confirm IGN Bot invitations to " + ADDRESS;
    await().atMost(Duration.ofSeconds(20)).until(() -> received(confirm) == 1);
    MimeMessage confirmation =
        Arrays.stream(greenMail.getReceivedMessages())
            .filter(m -> subject(m).startsWith(confirm))
            .findFirst()
            .orElseThrow();
    Matcher code =
        Pattern.compile("confirm email ([A-Z0-9]{4}-[A-Z0-9]{4})")
            .matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(confirmation));
    assertThat(code.find()).isTrue();
    String unsubscribe = confirmation.getHeader("List-Unsubscribe")[0];

    assertThat(renderer.render(engine.handle(delegate, "confirm email " + code.group(1))))
        .contains("Confirmed: " + ADDRESS);
    // The invitations: every message but the confirmations (the form's address is never confirmed).
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Arrays.stream(greenMail.getReceivedMessages())
                    .anyMatch(m -> !subject(m).startsWith("Confirm")));

    Reply moved = engine.handle(admin, "move 2024-11-21 22 Nov");
    assertThat(moved.isError()).as(renderer.render(moved)).isFalse();
    await().atMost(Duration.ofSeconds(30)).until(() -> received("Updated:") > 0);

    HttpResponse<String> oneClick =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            unsubscribe
                                .substring(1, unsubscribe.length() - 1)
                                .replaceFirst("^https?://[^/]+", "http://127.0.0.1:" + port)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(oneClick.statusCode()).isEqualTo(200);
    assertThat(store.find(new MailAddress(ADDRESS))).isEmpty();
  }

  @Test
  void theSchedulePagesFormSendsTheConfirmationAndAPostFromAnotherSiteSendsNothing()
      throws Exception {
    String page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(page).contains("action=\"/mail/subscribe\" method=\"post\"");

    HttpResponse<String> crossSite = postForm("https://elsewhere.example", "web@mission.example");
    assertThat(crossSite.statusCode()).isEqualTo(403);
    HttpResponse<String> answer = postForm("http://127.0.0.1:" + port, "web@mission.example");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("Check your inbox");

    String confirm = "Confirm IGN Bot invitations to web@mission.example";
    await().atMost(Duration.ofSeconds(20)).until(() -> received(confirm) == 1);
  }

  private HttpResponse<String> postForm(String origin, String address) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mail/subscribe"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "address=" + address + "&lead=2h&topic=veto"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void withMailOnTheSenderAddressIsRequired() {
    assertThatThrownBy(
            () -> new MailConfiguration.MailSettings("", 30, Duration.ofMinutes(1)).sender())
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageStartingWith("ign.mail.from");
  }
}
