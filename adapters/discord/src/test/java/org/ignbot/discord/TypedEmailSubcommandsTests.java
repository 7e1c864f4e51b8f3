package org.ignbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.Bot;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.command.subscription.EmailCommands;
import org.ignbot.core.digest.InMemoryDigestStore;
import org.ignbot.core.mail.InMemoryMailSubscriptionStore;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.mail.RecordingMailSender;
import org.ignbot.core.remind.InMemorySubscriptionStore;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;

/** Discord's e-mail subcommands reach the core's typed use cases as values, not as command text. */
class TypedEmailSubcommandsTests {
  private final InMemoryUserSettings settings = new InMemoryUserSettings();
  private final InMemoryMailSubscriptionStore addresses = new InMemoryMailSubscriptionStore();
  private final InMemoryDigestStore digests = new InMemoryDigestStore();
  private final CommandEngine engine =
      new CommandEngine(
          EmailCommands.route(
              Bot.readAndSubscriptionCommands(
                  TestBot.repository(), settings, new InMemorySubscriptionStore()),
              new RecordingMailSender().subscriptions(addresses, digests),
              LeadTimes.DEFAULT,
              digests),
          TestBot.CLOCK,
          settings);
  private final TypedSubcommands typed = new TypedSubcommands(engine);
  private final Asker member = new Asker(new UserKey("discord", "600", "700"), false);

  @Test
  void subscribeEmailOptionsBecomeThePendingSubscriptionTheyName() {
    Reply reply =
        typed
            .answer(
                "subscribe-email",
                Map.of("address", "delegate@mission.example", "lead", "2h", "cluster", "veto"),
                member)
            .orElseThrow();

    assertThat(reply.title()).isEqualTo("Sent a confirmation to delegate@mission.example.");
    var pending = addresses.find(new MailAddress("delegate@mission.example")).orElseThrow();
    assertThat(pending.leadTimes()).containsExactly(Duration.ofHours(2));
    assertThat(pending.cluster()).contains(Cluster.VETO);
  }

  @Test
  void anAddressCannotSmuggleInACluster() {
    // As text, "subscribe email a@b.example topic veto" would read the last words as a cluster.
    Optional<Reply> reply =
        typed.answer(
            "subscribe-email", Map.of("address", "delegate@mission.example topic veto"), member);

    assertThat(reply).map(Reply::isError).contains(true);
    assertThat(reply.orElseThrow().lines()).hasSize(1);
    assertThat(addresses.find(new MailAddress("delegate@mission.example"))).isEmpty();
  }
}
