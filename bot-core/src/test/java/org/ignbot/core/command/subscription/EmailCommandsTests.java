package org.ignbot.core.command.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.digest.InMemoryDigestStore;
import org.ignbot.core.mail.InMemoryMailSubscriptionStore;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.mail.MailMessage;
import org.ignbot.core.mail.MailSubscriptions;
import org.ignbot.core.mail.RecordingMailSender;
import org.ignbot.core.remind.InMemorySubscriptionStore;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;

class EmailCommandsTests {
  private static final Instant NOW = Instant.parse("2024-11-18T17:00:00Z");
  private static final Asker DELEGATE = new Asker(new UserKey("slack", "T1", "U1"), false);
  private static final Asker SOMEONE_ELSE = new Asker(new UserKey("slack", "T1", "U2"), false);

  private final InMemoryMailSubscriptionStore addresses = new InMemoryMailSubscriptionStore();
  private final RecordingMailSender server = new RecordingMailSender();
  private final List<MailMessage> sent = server.sent;
  private final InMemoryDigestStore digests = new InMemoryDigestStore();
  private final MailSubscriptions mail = server.subscriptions(addresses, digests);
  private final InMemorySubscriptionStore chat = new InMemorySubscriptionStore();

  private final InMemoryUserSettings settings = new InMemoryUserSettings();

  private CommandEngine engine(boolean mailOn) {
    var commands =
        SubscriptionCommands.create(
            chat,
            settings,
            () -> {},
            LeadTimes.DEFAULT,
            new InMemoryScheduleRepository(Schedule.empty()),
            digests);
    return new CommandEngine(
        mailOn
            ? EmailCommands.route(commands, mail, LeadTimes.DEFAULT, digests)
            : EmailCommands.off(commands),
        Clock.fixed(NOW, ZoneOffset.UTC),
        settings);
  }

  private String ask(CommandEngine engine, Asker asker, String text) {
    return new TextRenderer().render(engine.handle(asker, text));
  }

  @Test
  void subscribeEmailTakesTheLeadTimesAndTopicAsSubscribeDoesAndKeepsOnlyTheCodesHash() {
    String answer =
        ask(engine(true), DELEGATE, "subscribe email Delegate@Mission.EXAMPLE 2h 15m topic veto");

    assertThat(answer).contains("Sent a confirmation to Delegate@mission.example");
    var pending = addresses.find(new MailAddress("Delegate@mission.example")).orElseThrow();
    assertThat(pending.leadTimes()).containsExactly(Duration.ofHours(2), Duration.ofMinutes(15));
    assertThat(pending.cluster()).contains(Cluster.VETO);
    assertThat(pending.isConfirmed()).isFalse();
    String code = server.code(0);
    assertThat(pending.code().orElseThrow().hash()).isNotEqualTo(code).hasSize(64);
    assertThat(chat.of(org.ignbot.core.remind.Subscriptions.directTo(DELEGATE.user()))).isEmpty();
  }

  @Test
  void aSecondConfirmationSoonAfterAndAnotherPersonsConfirmedAddressAreRefused() {
    CommandEngine engine = engine(true);
    ask(engine, DELEGATE, "subscribe email delegate@mission.example");
    assertThat(ask(engine, DELEGATE, "subscribe email delegate@mission.example"))
        .contains("a moment ago");
    // (`confirm email` is routed through the admin `confirm`, not in this list.)
    assertThat(mail.confirm(server.code(0), NOW)).isPresent();

    assertThat(ask(engine, SOMEONE_ELSE, "subscribe email delegate@mission.example"))
        .contains("already gets invitations from someone else");
    assertThat(ask(engine, DELEGATE, "subscribe email delegate@mission.example 3h"))
        .contains("Updated");
    assertThat(sent).hasSize(1);
  }

  @Test
  void withMailOffTheEmailFormsSaySoInOneLine() {
    CommandEngine engine = engine(false);

    assertThat(ask(engine, DELEGATE, "subscribe email delegate@mission.example"))
        .contains("E-mail invitations are off on this bot");
    assertThat(ask(engine, DELEGATE, "subscribe 2h")).contains("Subscribed");
  }

  @Test
  void confirmEmailIsForEveryoneWhileConfirmStaysTheAdminsAsTheSchemaSays() {
    Command publish =
        new Command() {
          @Override
          public CommandSpec spec() {
            return CommandSpec.command("confirm")
                .summary("publish the preview")
                .adminOnly()
                .build();
          }

          @Override
          public Reply run(Invocation invocation) {
            return Reply.ok().title("Published.").build();
          }
        };
    Asker admin = new Asker(new UserKey("slack", "T1", "U-ADMIN"), true);
    CommandEngine engine =
        new CommandEngine(
            EmailCommands.route(List.of(publish), mail, LeadTimes.DEFAULT, digests),
            Clock.fixed(NOW, ZoneOffset.UTC),
            new InMemoryUserSettings());

    assertThat(ask(engine, DELEGATE, "confirm"))
        .isEqualTo(
            "Sorry, `confirm` is for the bot's admins. Ask an admin, or try `next` or `schedule`.");
    assertThat(ask(engine, DELEGATE, "confirm email NOPE-CODE")).contains("unknown or expired");
    assertThat(ask(engine, admin, "confirm")).isEqualTo("Published.");
    assertThat(engine.permits(DELEGATE, "confirm")).isFalse();
    assertThat(engine.permits(DELEGATE, "/ign confirm email NOPE-CODE")).isTrue();
    assertThat(engine.permits(admin, "confirm")).isTrue();
    assertThat(engine.permits(DELEGATE, "no such command")).isTrue();
    CommandSpec confirm = engine.specs().get(0);
    assertThat(confirm.adminOnly()).isTrue();
    assertThat(confirm.subCommands())
        .singleElement()
        .satisfies(
            form -> {
              assertThat(form.word()).isEqualTo("email");
              assertThat(form.listed()).isTrue();
              assertThat(form.spec().adminOnly()).isFalse();
            });
  }

  @Test
  void aConfirmedAddressGetsADigestTimedInTheAskersZoneAndSubscriptionsListsBoth() {
    CommandEngine engine = engine(true);
    settings.setZone(DELEGATE.user(), java.time.ZoneId.of("Europe/Vienna"));
    ask(engine, DELEGATE, "subscribe email delegate@mission.example 2h");
    assertThat(ask(engine, DELEGATE, "digest email delegate@mission.example weekly"))
        .contains("Subscribe and confirm delegate@mission.example first");
    assertThat(digests.all()).isEmpty();
    mail.confirm(server.code(0), NOW);

    assertThat(ask(engine, SOMEONE_ELSE, "digest email delegate@mission.example weekly"))
        .contains("Subscribe and confirm");
    assertThat(ask(engine, DELEGATE, "digest email delegate@mission.example weekly"))
        .contains("Digest by e-mail to delegate@mission.example: weekly digest");
    var digest = digests.all().get(0);
    assertThat(digest.recipient().platform()).isEqualTo(MailMessage.PLATFORM);
    assertThat(digest.recipient().id()).isEqualTo("delegate@mission.example");
    assertThat(digest.zone()).contains(java.time.ZoneId.of("Europe/Vienna"));

    ask(engine, DELEGATE, "digest daily");
    assertThat(ask(engine, DELEGATE, "subscriptions"))
        .contains("the daily digest, Monday to Friday at 08:00 Vienna time, by direct message")
        .contains(
            "invitations for every IGN meeting by e-mail to delegate@mission.example, alarms 2 h"
                + " before")
        .contains(
            "the weekly digest, every Monday at 08:00 Vienna time, by e-mail to"
                + " delegate@mission.example");
    assertThat(ask(engine, SOMEONE_ELSE, "subscriptions")).contains("You have no reminders.");

    assertThat(ask(engine, DELEGATE, "digest email delegate@mission.example off"))
        .contains("stopped");
    assertThat(digests.all()).hasSize(1);
  }

  @Test
  void subscriptionsSaysWhenAnAddressStillWaitsForItsCode() {
    CommandEngine engine = engine(true);
    ask(engine, DELEGATE, "subscribe email delegate@mission.example topic veto");

    assertThat(ask(engine, DELEGATE, "subscriptions"))
        .contains("Your subscriptions:")
        .contains("by e-mail to delegate@mission.example")
        .contains("waiting for its confirmation code")
        .doesNotContain("no reminders");
  }

  @Test
  void anAddressDeletedByItsLinkOrByForgetMeTakesItsDigestWithIt() {
    CommandEngine engine = engine(true);
    ask(engine, DELEGATE, "subscribe email delegate@mission.example");
    mail.confirm(server.code(0), NOW);
    ask(engine, DELEGATE, "subscribe email office@mission.example");
    mail.confirm(server.code(1), NOW);
    ask(engine, DELEGATE, "digest email delegate@mission.example weekly");
    ask(engine, DELEGATE, "digest email office@mission.example daily");
    assertThat(digests.all()).hasSize(2);

    String token =
        addresses
            .find(new MailAddress("delegate@mission.example"))
            .orElseThrow()
            .unsubscribeToken();
    assertThat(mail.unsubscribe(token)).isPresent();
    assertThat(digests.all())
        .extracting(digest -> digest.recipient().id())
        .containsExactly("office@mission.example");

    ask(engine, DELEGATE, "forget me");
    assertThat(digests.all()).isEmpty();
  }

  @Test
  void theTypedUseCasesStayOfferedWithMailOnOrOffAndListTheAddressesAsTheTextDoes() {
    for (boolean mailOn : List.of(true, false)) {
      CommandEngine engine = engine(mailOn);
      assertThat(engine.offers(Subscribe.class)).as("mail on: %s", mailOn).isTrue();
      assertThat(engine.offers(ListSubscriptions.class)).as("mail on: %s", mailOn).isTrue();
    }
    CommandEngine engine = engine(true);
    ask(engine, DELEGATE, "subscribe email delegate@mission.example topic veto");

    Reply typed =
        engine.perform(DELEGATE, ListSubscriptions.class, (list, call) -> list.subscriptions(call));

    assertThat(typed).isEqualTo(engine.handle(DELEGATE, "subscriptions"));
    assertThat(typed.lines()).anyMatch(line -> line.contains("by e-mail to delegate@"));
  }

  @Test
  void aTypedForgetMeDeletesTheAddressesTooWithMailOn() {
    CommandEngine engine = engine(true);
    ask(engine, DELEGATE, "subscribe email delegate@mission.example");
    mail.confirm(server.code(0), NOW);

    Reply typed = engine.perform(DELEGATE, ForgetMe.class, (forget, call) -> forget.forgetMe(call));

    assertThat(typed.lines())
        .anyMatch(line -> line.startsWith("Deleted: 1 e-mail address you subscribed"));
    assertThat(addresses.find(new MailAddress("delegate@mission.example"))).isEmpty();
    assertThat(engine(false).offers(ForgetMe.class)).isTrue();
  }
}
