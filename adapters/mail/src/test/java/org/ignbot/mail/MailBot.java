package org.ignbot.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ignbot.core.Fixtures;
import org.ignbot.core.MutableClock;
import org.ignbot.core.calendar.FeedLinks;
import org.ignbot.core.calendar.IcsWriter;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.command.admin.AdminCommands;
import org.ignbot.core.command.subscription.EmailCommands;
import org.ignbot.core.command.subscription.SubscriptionCommands;
import org.ignbot.core.digest.InMemoryDigestStore;
import org.ignbot.core.letter.LetterImport;
import org.ignbot.core.letter.LetterReader;
import org.ignbot.core.mail.InMemoryInvitationLedger;
import org.ignbot.core.mail.InMemoryMailSubscriptionStore;
import org.ignbot.core.mail.Invitations;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.mail.MailSubscriptions;
import org.ignbot.core.remind.InMemorySubscriptionStore;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.SchedulePublisher;
import org.ignbot.core.user.UserKey;

/**
 * The bot with mail on, as the application wires it, on in-memory stores: chat commands in,
 * messages out through {@link MailMessenger} to the SMTP server behind {@code gate}. Rounds of
 * invitations run at once (no background thread), so a test reads the mailbox right after.
 */
final class MailBot {
  static final MailAddress FROM = new MailAddress("ign-bot@bot.example");
  static final Asker DELEGATE = new Asker(new UserKey("slack", "T1", "U1"), false);
  static final Asker ADMIN = new Asker(new UserKey("slack", "T1", "UADMIN"), true);

  final MutableClock clock;
  final InMemoryScheduleRepository schedules;
  final InMemoryMailSubscriptionStore subscriptions = new InMemoryMailSubscriptionStore();
  final InMemoryInvitationLedger ledger = new InMemoryInvitationLedger();
  final InMemoryDigestStore digests = new InMemoryDigestStore();
  final MailSubscriptions mail;
  final Invitations invitations;
  final CommandEngine engine;
  private final TextRenderer renderer = new TextRenderer();

  MailBot(SmtpGate gate, MutableClock clock, int perDomainPerMinute, Meeting... meetings) {
    this.clock = clock;
    this.schedules = new InMemoryScheduleRepository(new Schedule(List.of(meetings)));
    FeedLinks links = new FeedLinks("https://ign.example.org");
    Invitations[] late = new Invitations[1];
    MailMessenger[] messenger = new MailMessenger[1];
    this.mail =
        new MailSubscriptions(
            subscriptions,
            ledger,
            message -> messenger[0].send(message),
            () -> links,
            new InMemoryDigestStore(),
            () -> late[0].soon());
    messenger[0] =
        new MailMessenger(GreenMailServer.senderThrough(gate), FROM, mail::unsubscribeLink, clock);
    this.invitations =
        new Invitations(
            schedules,
            subscriptions,
            ledger,
            messenger[0],
            mail,
            new IcsWriter(clock, links, FROM.value()),
            FROM,
            clock,
            perDomainPerMinute,
            Runnable::run);
    late[0] = invitations;
    SchedulePublisher publisher = new SchedulePublisher(schedules, invitations);
    InMemoryUserSettings settings = new InMemoryUserSettings();
    List<Command> commands =
        new ArrayList<>(
            SubscriptionCommands.create(
                new InMemorySubscriptionStore(),
                settings,
                () -> {},
                LeadTimes.DEFAULT,
                schedules,
                digests));
    commands.addAll(
        AdminCommands.create(new LetterImport(new LetterReader(), publisher, clock), publisher));
    this.engine =
        new CommandEngine(
            EmailCommands.route(
                commands, mail, List.of(Duration.ofDays(1), Duration.ofHours(1)), digests),
            clock,
            settings);
  }

  static MailBot at(SmtpGate gate, String newYorkTime, Meeting... meetings) {
    return new MailBot(
        gate, new MutableClock(Fixtures.clockAt(newYorkTime).instant()), 30, meetings);
  }

  Reply reply(Asker asker, String text) {
    return engine.handle(asker, text);
  }

  String ask(Asker asker, String text) {
    return renderer.render(reply(asker, text));
  }
}
