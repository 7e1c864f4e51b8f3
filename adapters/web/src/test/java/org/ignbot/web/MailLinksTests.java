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
  private final MailLinks links = new MailLinks(mail, Clock.fixed(NOW, ZoneOffset.UTC));

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
}
