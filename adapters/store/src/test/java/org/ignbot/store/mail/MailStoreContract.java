package org.ignbot.store.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.mail.ConfirmationCode;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.mail.MailSubscription;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.user.UserKey;
import org.ignbot.store.TestDatabase;
import org.ignbot.store.remind.Deliveries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E-mail subscriptions and the invitation ledger on a real database. */
abstract class MailStoreContract {
  private static final Instant NOW = Instant.parse("2024-11-18T17:00:00Z");
  private static final UserKey OWNER = new UserKey("slack", "T1", "U1");
  private static final MailAddress ADDRESS = new MailAddress("delegate@mission.example");

  private TestDatabase database;
  private JdbcMailSubscriptionStore store;
  private JdbcInvitationLedger ledger;

  abstract TestDatabase open();

  @BeforeEach
  void setUp() {
    database = open();
    store = new JdbcMailSubscriptionStore(database.dataSource());
    ledger =
        new JdbcInvitationLedger(
            database.dataSource(), new Deliveries(database.dataSource()), Duration.ofMinutes(10));
  }

  @AfterEach
  void tearDown() {
    database.close();
  }

  private static MailSubscription pending(MailAddress address, String code, String token) {
    return new MailSubscription(
        address,
        OWNER,
        Cluster.fromKey("veto"),
        List.of(Duration.ofDays(1), Duration.ofHours(1)),
        NOW,
        Optional.empty(),
        Optional.of(
            new MailSubscription.PendingCode(
                ConfirmationCode.hash(code), NOW, NOW.plus(Duration.ofHours(24)))),
        token,
        Optional.empty());
  }

  @Test
  void aPendingAddressIsFoundByItsCodeHashOnlyAndIsNotActiveUntilConfirmed() {
    store.save(pending(ADDRESS, "ABCD-EFGH", "token1"));

    assertThat(store.byCodeHash(ConfirmationCode.hash("abcdefgh"))).isPresent();
    assertThat(store.byCodeHash(ConfirmationCode.hash("ABCD-EFGX"))).isEmpty();
    assertThat(store.active()).isEmpty();

    store.save(store.find(ADDRESS).orElseThrow().confirmed(NOW.plusSeconds(60)));

    MailSubscription confirmed = store.active().get(0);
    assertThat(confirmed.address()).isEqualTo(ADDRESS);
    assertThat(confirmed.code()).isEmpty();
    assertThat(confirmed.cluster()).isEqualTo(Cluster.fromKey("veto"));
    assertThat(confirmed.leadTimes()).containsExactly(Duration.ofDays(1), Duration.ofHours(1));
    assertThat(store.byCodeHash(ConfirmationCode.hash("ABCD-EFGH"))).isEmpty();
  }

  @Test
  void aPausedAddressIsNotActiveAndTheTokenAndOwnerFindIt() {
    store.save(pending(ADDRESS, "ABCD-EFGH", "token1").confirmed(NOW).paused("550 no such user"));

    assertThat(store.active()).isEmpty();
    assertThat(store.byUnsubscribeToken("token1").orElseThrow().pausedBecause())
        .contains("550 no such user");
    assertThat(store.ownedBy(OWNER)).containsExactly(ADDRESS);
    assertThat(store.remove(ADDRESS)).isTrue();
    assertThat(store.find(ADDRESS)).isEmpty();
  }

  @Test
  void anInvitationKeyIsClaimedOnceAndSettledForGood() {
    assertThat(ledger.claim("mail:m-1@ign-bot:r1:x", ADDRESS, NOW)).isTrue();
    assertThat(ledger.claim("mail:m-1@ign-bot:r1:x", ADDRESS, NOW.plusSeconds(1))).isFalse();
    assertThat(ledger.invited("m-1@ign-bot", ADDRESS)).isFalse();

    ledger.sent("mail:m-1@ign-bot:r1:x", "<id@bot>", NOW);

    assertThat(ledger.settled(List.of("mail:m-1@ign-bot:r1:x", "mail:m-2@ign-bot:r1:x")))
        .containsExactly("mail:m-1@ign-bot:r1:x");
    assertThat(ledger.claim("mail:m-1@ign-bot:r1:x", ADDRESS, NOW.plusSeconds(3600))).isFalse();
    assertThat(ledger.invited("m-1@ign-bot", ADDRESS)).isTrue();
    assertThat(ledger.invited("m-10@ign-bot", ADDRESS)).isFalse();
  }

  @Test
  void aPassingFailureMayBeClaimedAgainAndForgettingTheAddressClearsItsRecord() {
    ledger.claim("mail:m-1@ign-bot:r1:x", ADDRESS, NOW);
    ledger.retry("mail:m-1@ign-bot:r1:x", "451 try later", NOW);

    assertThat(ledger.claim("mail:m-1@ign-bot:r1:x", ADDRESS, NOW.plusSeconds(60))).isTrue();
    ledger.sent("mail:m-1@ign-bot:r1:x", "<id@bot>", NOW);

    ledger.forget(ADDRESS);

    assertThat(ledger.invited("m-1@ign-bot", ADDRESS)).isFalse();
    assertThat(ledger.settled(List.of("mail:m-1@ign-bot:r1:x"))).isEmpty();
  }
}
