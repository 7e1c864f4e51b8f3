package org.ignbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.Bot;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.subscription.EmailCommands;
import org.ignbot.core.digest.InMemoryDigestStore;
import org.ignbot.core.mail.InMemoryMailSubscriptionStore;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.mail.MailSubscription;
import org.ignbot.core.mail.MailSubscriptions;
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
  private final RecordingMailSender server = new RecordingMailSender();
  private final MailSubscriptions mail = server.subscriptions(addresses, digests);
  private final CommandEngine engine =
      new CommandEngine(
          EmailCommands.route(
              withAdminsConfirm(
                  Bot.readAndSubscriptionCommands(
                      TestBot.repository(), settings, new InMemorySubscriptionStore())),
              mail,
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

  @Test
  void digestEmailStartsShowsAndStopsTheAddressesDigestAsTheTextDoes() {
    confirmed("delegate@mission.example");

    Reply started =
        typed
            .answer(
                "digest-email",
                Map.of("address", "delegate@mission.example", "frequency", "weekly"),
                member)
            .orElseThrow();

    assertThat(started.title()).startsWith("Digest by e-mail to delegate@mission.example: weekly");
    assertThat(typed.answer("digest-email", Map.of("address", "delegate@mission.example"), member))
        .contains(engine.handle(member, "digest email delegate@mission.example"));
    assertThat(
            typed.answer(
                "digest-email",
                Map.of("address", "delegate@mission.example", "frequency", "off"),
                member))
        .map(Reply::title)
        .contains("Digest to delegate@mission.example stopped.");
  }

  @Test
  void aDigestAddressCannotSmuggleInOff() {
    // As text, "digest email a@b.example off weekly" would stop the address's digest.
    confirmed("delegate@mission.example");
    engine.handle(member, "digest email delegate@mission.example weekly");

    Optional<Reply> reply =
        typed.answer(
            "digest-email",
            Map.of("address", "delegate@mission.example off", "frequency", "weekly"),
            member);

    assertThat(reply).map(Reply::isError).contains(true);
    assertThat(engine.handle(member, "digest email delegate@mission.example").title())
        .startsWith("delegate@mission.example gets the weekly digest");
  }

  private void confirmed(String address) {
    engine.handle(member, "subscribe email " + address);
    // No `confirm` here (it is the admins'): the code from the message, as its link confirms it.
    assertThat(mail.confirm(server.code(0), TestBot.CLOCK.instant())).isPresent();
  }

  @Test
  void aMemberConfirmsTheirAddressThoughPlainConfirmIsTheAdmins() {
    typed.answer("subscribe-email", Map.of("address", "delegate@mission.example"), member);

    Reply reply =
        typed.answer("confirm-email", Map.of("code", server.code(0)), member).orElseThrow();

    assertThat(reply.title())
        .isEqualTo("Confirmed: delegate@mission.example gets invitations for every IGN meeting.");
    assertThat(addresses.find(new MailAddress("delegate@mission.example")))
        .map(MailSubscription::isConfirmed)
        .contains(true);
  }

  /** The commands and a stand-in for the admins' {@code confirm} (publish the previewed letter). */
  private static List<Command> withAdminsConfirm(List<Command> commands) {
    List<Command> all = new ArrayList<>(commands);
    all.add(
        new Command() {
          @Override
          public CommandSpec spec() {
            return CommandSpec.command("confirm").summary("publish the letter").adminOnly().build();
          }

          @Override
          public Reply run(Invocation invocation) {
            return Reply.ok().title("Published.").build();
          }
        });
    return all;
  }
}
