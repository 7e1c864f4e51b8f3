package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.ignbot.core.MutableClock;
import org.ignbot.core.calendar.FeedLinks;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.subscription.EmailCommands;
import org.ignbot.core.command.subscription.SubscriptionCommands;
import org.ignbot.core.digest.DigestFixtures;
import org.ignbot.core.mail.InMemoryInvitationLedger;
import org.ignbot.core.mail.InMemoryMailSubscriptionStore;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.mail.MailSubscriptions;
import org.ignbot.core.remind.InMemorySubscriptionStore;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.user.UserKey;
import org.ignbot.mail.MailMessenger;
import org.ignbot.scheduler.digest.DigestRunner;
import org.ignbot.store.JdbcDigestStore;
import org.ignbot.store.JdbcUserSettings;
import org.ignbot.store.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The digest by e-mail, end to end: a delegate in Vienna confirms an address, asks for its weekly
 * digest in the chat, and the runner sends it through the mail messenger to GreenMail on Monday
 * 08:00 Vienna time, once; a Monday with nothing to say sends nothing.
 */
class MailDigestIntegrationTests {
  @RegisterExtension
  final GreenMailExtension greenMail =
      new GreenMailExtension(
          new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

  private static final String ADDRESS = "delegate@mission.example";
  private static final Asker DELEGATE = new Asker(new UserKey("slack", "T1", "U1"), false);

  @Test
  void aConfirmedAddressGetsItsWeeklyDigestOnMondayAt0800InItsZoneOnceAndNothingWhenQuiet() {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:mail-digest-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    Schema.migrate(database);
    MutableClock clock = new MutableClock(DigestFixtures.vienna("2026-10-20T12:00"));
    InMemoryScheduleRepository schedules = DigestFixtures.scheduleWithChanges();
    JdbcUserSettings users = new JdbcUserSettings(database, clock);
    users.setZone(DELEGATE.user(), DigestFixtures.VIENNA);
    JdbcDigestStore digests = new JdbcDigestStore(database);
    JavaMailSenderImpl smtp = new JavaMailSenderImpl();
    smtp.setHost("127.0.0.1");
    smtp.setPort(greenMail.getSmtp().getPort());
    MailMessenger[] messenger = new MailMessenger[1];
    MailSubscriptions mail =
        new MailSubscriptions(
            new InMemoryMailSubscriptionStore(),
            new InMemoryInvitationLedger(),
            message -> messenger[0].send(message),
            () -> new FeedLinks("https://ign.example.org"),
            digests,
            () -> {});
    messenger[0] =
        new MailMessenger(
            smtp, new MailAddress("ign-bot@bot.example"), mail::unsubscribeLink, clock);
    CommandEngine engine =
        new CommandEngine(
            EmailCommands.route(
                SubscriptionCommands.create(
                    new InMemorySubscriptionStore(),
                    users,
                    () -> {},
                    LeadTimes.DEFAULT,
                    schedules,
                    digests),
                mail,
                LeadTimes.DEFAULT,
                digests),
            clock,
            users);
    TextRenderer text = new TextRenderer();
    text.render(engine.handle(DELEGATE, "subscribe email " + ADDRESS));
    String code =
        text(greenMail.getReceivedMessages()[0])
            .replaceAll("(?s).*confirm email ([A-Z0-9]{4}-[A-Z0-9]{4}).*", "$1");
    // (`confirm email` goes through the admin commands' `confirm`, not in this engine.)
    assertThat(mail.confirm(code, clock.instant())).isPresent();
    assertThat(text.render(engine.handle(DELEGATE, "digest email " + ADDRESS + " weekly")))
        .contains("every Monday at 08:00 Vienna time");
    DigestRunner runner =
        DigestRunners.wired(database, clock, schedules, digests, users, List.of(messenger[0]));

    clock.set(DigestFixtures.vienna("2026-10-26T07:59"));
    assertThat(runner.tick()).isZero();
    clock.set(DigestFixtures.vienna("2026-10-26T08:00"));
    assertThat(runner.tick()).isEqualTo(1);
    assertThat(runner.tick()).isZero();

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(2);
    MimeMessage digest = received[1];
    assertThat(subject(digest))
        .startsWith("The week ahead, Mon 26 Oct 2026 to Sun 1 Nov 2026 (Vienna)");
    assertThat(text(digest))
        .contains("Since the last digest")
        .contains("Informal dialogue")
        .contains("mail/unsubscribe?token=");

    // The Monday two weeks on has no meeting ahead and no change since: nothing is sent.
    clock.set(DigestFixtures.vienna("2026-11-09T08:00"));
    assertThat(runner.tick()).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(2);
  }

  /** The message's text part, decoded. */
  private static String text(MimeMessage message) {
    try {
      return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    } catch (jakarta.mail.MessagingException | java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
  }
}
