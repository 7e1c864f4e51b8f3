package org.ignbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.mail.InMemoryMailSubscriptionStore;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.mail.MailSubscriptions;
import org.ignbot.core.mail.RecordingMailSender;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;

class MailLinksTests {
  private static final Instant NOW = Instant.parse("2024-11-18T17:00:00Z");
  private static final MailAddress ADDRESS = new MailAddress("delegate@mission.example");

  private final InMemoryMailSubscriptionStore store = new InMemoryMailSubscriptionStore();
  private final RecordingMailSender server = new RecordingMailSender();
  private final MailSubscriptions mail = server.subscriptions(store);
  private final MailLinks links =
      new MailLinks(
          mail, Clock.fixed(NOW, ZoneOffset.UTC), org.ignbot.core.remind.LeadTimes.DEFAULT);

  private String subscribeAndGetCode() {
    mail.subscribe(
        new UserKey("slack", "T1", "U1"),
        ADDRESS,
        Optional.empty(),
        List.of(Duration.ofHours(1)),
        NOW);
    String text = server.sent.get(0).text();
    return text.substring(text.indexOf("/mail/confirm?code=") + 19).split("\\s")[0];
  }

  @Test
  void openingTheConfirmLinkChangesNothingUntilTheButtonIsPressed() {
    String code = subscribeAndGetCode();

    assertThat(links.confirmPage(code).getBody()).contains("method=\"post\"").contains(code);
    assertThat(store.active()).isEmpty();

    assertThat(links.confirm(code).getStatusCode().value()).isEqualTo(200);
    assertThat(store.active()).extracting(s -> s.address()).containsExactly(ADDRESS);
    assertThat(links.confirm(code).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void theOneClickPostDeletesTheAddressAndAnUnknownTokenIsAnsweredPolitely() {
    links.confirm(subscribeAndGetCode());
    String token = store.find(ADDRESS).orElseThrow().unsubscribeToken();

    assertThat(links.unsubscribePage(token).getBody()).contains("method=\"post\"");
    assertThat(store.find(ADDRESS)).isPresent();
    assertThat(links.unsubscribe(token).getBody()).contains("Nothing more goes to " + ADDRESS);
    assertThat(store.find(ADDRESS)).isEmpty();
    assertThat(links.unsubscribe(token).getStatusCode().value()).isEqualTo(200);
  }

  private static org.springframework.mock.web.MockHttpServletRequest post(String site) {
    org.springframework.mock.web.MockHttpServletRequest request =
        new org.springframework.mock.web.MockHttpServletRequest("POST", "/mail/subscribe");
    request.setServerName("ign.example.org");
    request.setServerPort(443);
    if (site != null) {
      request.addHeader("Sec-Fetch-Site", site);
    }
    return request;
  }

  @Test
  void thePagesFormSendsTheConfirmationAndSaysToCheckTheInbox() {
    var answer = links.subscribe(ADDRESS.value(), "2h", "veto", post("same-origin"));

    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    assertThat(answer.getBody()).contains("Check your inbox").contains(ADDRESS.value());
    assertThat(server.sent).singleElement().satisfies(m -> assertThat(m.to()).isEqualTo(ADDRESS));
    var pending = store.find(ADDRESS).orElseThrow();
    assertThat(pending.isConfirmed()).isFalse();
    assertThat(pending.leadTimes()).containsExactly(Duration.ofHours(2));
    assertThat(pending.cluster()).contains(org.ignbot.core.schedule.Cluster.VETO);
  }

  @Test
  void aPostFromAnotherSiteIsRefusedAndBadInputGetsOneLine() {
    var crossSite = links.subscribe(ADDRESS.value(), "", "", post("cross-site"));
    assertThat(crossSite.getStatusCode().value()).isEqualTo(403);
    assertThat(crossSite.getBody()).contains("Subscribe from the bot");

    var fromElsewhere = post(null);
    fromElsewhere.addHeader("Origin", "https://evil.example");
    assertThat(links.subscribe(ADDRESS.value(), "", "", fromElsewhere).getStatusCode().value())
        .isEqualTo(403);

    var badAddress = links.subscribe("not-an-address", "", "", post("same-origin"));
    assertThat(badAddress.getStatusCode().value()).isEqualTo(400);
    assertThat(badAddress.getBody())
        .contains("is not an e-mail address")
        .doesNotContain("Exception");
    assertThat(
            links
                .subscribe(ADDRESS.value(), "3 fortnights", "", post("same-origin"))
                .getStatusCode()
                .value())
        .isEqualTo(400);
    assertThat(server.sent).isEmpty();
  }
}
