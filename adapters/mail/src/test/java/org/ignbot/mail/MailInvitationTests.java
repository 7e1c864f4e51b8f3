package org.ignbot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationLevel;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.Attendee;
import org.ignbot.core.Fixtures;
import org.ignbot.core.MutableClock;
import org.ignbot.core.calendar.IcsWriter;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.time.VenueTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * E-mail end to end: chat commands in, messages read back from GreenMail, invitations parsed by
 * iCal4j and biweekly.
 */
class MailInvitationTests {
  @RegisterExtension final GreenMailExtension greenMail = GreenMailServer.extension();

  private static final String ADDRESS = "delegate@mission.example";
  private static final Meeting PLENARY =
      Fixtures.meeting("2024-11-21")
          .title("IGN Plenary on the veto")
          .clusters(Cluster.VETO)
          .build();

  private SmtpGate gate;
  private MailBot bot;

  @BeforeEach
  void start() throws IOException {
    gate = new SmtpGate(greenMail.getSmtp().getPort());
    bot = MailBot.at(gate, "2024-11-18T12:00", PLENARY);
  }

  @AfterEach
  void stop() throws IOException {
    gate.close();
  }

  private List<Received> inbox() {
    return Arrays.stream(greenMail.getReceivedMessages()).map(Received::new).toList();
  }

  private List<Received> invitations() {
    return inbox().stream().filter(m -> m.part("text/calendar").isPresent()).toList();
  }

  private static String code(Received confirmation) {
    Matcher code =
        Pattern.compile("confirm email ([A-Z0-9]{4}-[A-Z0-9]{4})").matcher(confirmation.text());
    assertThat(code.find()).as("a code in: %s", confirmation.text()).isTrue();
    return code.group(1);
  }

  /** Subscribes and confirms by the code: the two invitations of PLENARY go out. */
  private void subscribeAndConfirm() {
    bot.ask(MailBot.DELEGATE, "subscribe email " + ADDRESS + " 1d 1h");
    bot.ask(MailBot.DELEGATE, "confirm email " + code(inbox().get(0)));
  }

  @Test
  void subscribingSendsOnlyAConfirmationWhoseCodeWorksOnceAndStartsTheInvitations() {
    String answer = bot.ask(MailBot.DELEGATE, "subscribe email " + ADDRESS + " 1d 1h");

    assertThat(answer).contains("Sent a confirmation to " + ADDRESS);
    assertThat(inbox()).hasSize(1);
    Received confirmation = inbox().get(0);
    assertThat(confirmation.to()).isEqualTo(ADDRESS);
    assertThat(confirmation.part("text/calendar")).isEmpty();
    assertThat(confirmation.text()).contains("https://ign.example.org/mail/confirm?code=");
    assertThat(bot.invitations.round().sent()).isZero();

    String code = code(confirmation);
    assertThat(bot.ask(MailBot.DELEGATE, "confirm email " + code.toLowerCase()))
        .contains("Confirmed: " + ADDRESS);

    assertThat(invitations()).hasSize(2);
    assertThat(bot.ask(MailBot.DELEGATE, "confirm email " + code)).contains("unknown or expired");
    assertThat(bot.invitations.round().sent()).isZero();
    assertThat(invitations()).hasSize(2);
  }

  @Test
  void aCodeExpiresAfterADay() {
    bot.ask(MailBot.DELEGATE, "subscribe email " + ADDRESS);
    bot.clock.advance(Duration.ofHours(24));

    assertThat(bot.ask(MailBot.DELEGATE, "confirm email " + code(inbox().get(0))))
        .contains("unknown or expired");
    assertThat(invitations()).isEmpty();
  }

  @Test
  void anUnconfirmedAddressGetsNothingButItsConfirmationEvenAfterAChange() {
    bot.ask(MailBot.DELEGATE, "subscribe email " + ADDRESS);

    bot.ask(MailBot.ADMIN, "move 2024-11-21 2024-11-22 10:00-13:00 15:00-18:00");
    bot.invitations.round();

    assertThat(inbox()).hasSize(1);
    assertThat(inbox().get(0).subject()).startsWith("Confirm");
  }

  @Test
  void anInvitationIsARequestWithTheFeedsUidTheSubscriberAsAttendeeAndTheLeadTimesAsAlarms()
      throws Exception {
    subscribeAndConfirm();

    Received first =
        invitations().stream()
            .filter(m -> m.calendar().contains(IcsWriter.uid(PLENARY, 1)))
            .findFirst()
            .orElseThrow();
    assertThat(first.contentTypes())
        .satisfiesExactly(
            plain -> assertThat(plain).startsWith("text/plain"),
            html -> assertThat(html).startsWith("text/html"),
            calendar ->
                assertThat(calendar).startsWith("text/calendar").contains("method=REQUEST"));
    assertThat(first.header("List-Unsubscribe"))
        .startsWith("<https://ign.example.org/mail/unsubscribe?token=");
    assertThat(first.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
    assertThat(first.header("Message-ID")).matches("<[^@<>]+@bot\\.example>");
    assertThat(first.text())
        .contains("Stop these messages: https://ign.example.org/mail/unsubscribe");

    net.fortuna.ical4j.model.component.VEvent event = ical4jEvent(first, "REQUEST");
    assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
        .isEqualTo(IcsWriter.uid(PLENARY, 1));
    assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
    Attendee attendee = event.<Attendee>getProperty(Property.ATTENDEE).orElseThrow();
    assertThat(attendee.getValue()).isEqualTo("mailto:" + ADDRESS);
    assertThat(attendee.getParameter(Parameter.RSVP).orElseThrow().getValue()).isEqualTo("FALSE");
    assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue())
        .isEqualTo("mailto:" + MailBot.FROM);

    ICalendar biweekly = first.biweekly();
    assertThat(biweekly.getMethod().getValue()).isEqualTo("REQUEST");
    VEvent same = biweekly.getEvents().get(0);
    assertThat(same.getUid().getValue()).isEqualTo(IcsWriter.uid(PLENARY, 1));
    assertThat(same.getDateStart().getValue().toInstant())
        .isEqualTo(ZonedDateTime.of(2024, 11, 21, 10, 0, 0, 0, VenueTime.ZONE).toInstant());
    assertThat(same.getDateEnd().getValue().toInstant())
        .isEqualTo(ZonedDateTime.of(2024, 11, 21, 13, 0, 0, 0, VenueTime.ZONE).toInstant());
    assertThat(same.getAttendees().get(0).getEmail()).isEqualTo(ADDRESS);
    assertThat(same.getAttendees().get(0).getRsvp()).isFalse();
    assertThat(same.getAttendees().get(0).getParticipationLevel())
        .isEqualTo(ParticipationLevel.REQUIRED);
    assertThat(same.getOrganizer().getEmail()).isEqualTo(MailBot.FROM.value());
    assertThat(same.getAlarms())
        .extracting(alarm -> alarm.getTrigger().getDuration().toMillis())
        .containsExactlyInAnyOrder(-Duration.ofDays(1).toMillis(), -Duration.ofHours(1).toMillis());

    // The raw message, for docs/mail.md ("as Outlook would receive it").
    Path raw = Path.of("target", "invitation.eml");
    Files.createDirectories(raw.getParent());
    Files.writeString(raw, first.raw());
  }

  @Test
  void aMoveSendsTheUpdateWithAHigherSequenceAndTheNewTimes() {
    subscribeAndConfirm();

    bot.ask(MailBot.ADMIN, "move 2024-11-21 2024-11-22 10:00-13:00 15:00-18:00");

    List<Received> updates =
        invitations().stream().filter(m -> m.subject().startsWith("Updated:")).toList();
    assertThat(updates).hasSize(2);
    VEvent moved =
        updates.stream()
            .map(m -> m.biweekly().getEvents().get(0))
            .filter(e -> e.getUid().getValue().equals(IcsWriter.uid(PLENARY, 1)))
            .findFirst()
            .orElseThrow();
    assertThat(moved.getSequence().getValue()).isEqualTo(1);
    assertThat(moved.getDateStart().getValue().toInstant())
        .isEqualTo(ZonedDateTime.of(2024, 11, 22, 10, 0, 0, 0, VenueTime.ZONE).toInstant());
    updates.forEach(
        m ->
            assertThat(m.ical4j().getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("REQUEST"));
  }

  @Test
  void aMoveThatDropsASittingCancelsItsEventAndUpdatesTheOther() {
    subscribeAndConfirm();

    bot.ask(MailBot.ADMIN, "move 2024-11-21 2024-11-22 10:00-13:00");

    List<Received> after = invitations().subList(2, invitations().size());
    assertThat(after).hasSize(2);
    ical4jEvent(only(after, IcsWriter.uid(PLENARY, 1)), "REQUEST");
    Received dropped = only(after, IcsWriter.uid(PLENARY, 2));
    assertThat(dropped.subject()).startsWith("Cancelled:");
    assertThat(dropped.contentTypes().get(2)).contains("method=CANCEL");
    net.fortuna.ical4j.model.component.VEvent event = ical4jEvent(dropped, "CANCEL");
    assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
        .isEqualTo(IcsWriter.uid(PLENARY, 2));
    assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
    assertThat(event.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
    assertThat(dropped.text()).contains("no longer takes place");

    assertThat(bot.invitations.round().sent()).isZero();
  }

  /** The message's one event, read by iCal4j from a calendar with {@code method}. */
  private static net.fortuna.ical4j.model.component.VEvent ical4jEvent(
      Received message, String method) {
    Calendar calendar = message.ical4j();
    assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo(method);
    return calendar
        .<net.fortuna.ical4j.model.component.VEvent>getComponent(Component.VEVENT)
        .orElseThrow();
  }

  private static Received only(List<Received> messages, String uid) {
    List<Received> matching =
        messages.stream().filter(m -> m.calendar().contains("UID:" + uid)).toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  @Test
  void aCancellationSendsACancelForEachSittingInvitedAndNothingToOthers() {
    subscribeAndConfirm();

    bot.ask(MailBot.ADMIN, "cancel 2024-11-21 the Co-Chairs are travelling");

    List<Received> cancels =
        invitations().stream().filter(m -> m.subject().startsWith("Cancelled:")).toList();
    assertThat(cancels).hasSize(2);
    for (Received cancel : cancels) {
      assertThat(cancel.contentTypes().get(2)).contains("method=CANCEL");
      assertThat(cancel.ical4j().getProperty(Property.METHOD).orElseThrow().getValue())
          .isEqualTo("CANCEL");
      VEvent event = cancel.biweekly().getEvents().get(0);
      assertThat(event.getSequence().getValue()).isEqualTo(1);
      assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
    }

    // Someone who confirms after the cancellation was never invited: no cancel for them.
    int before = inbox().size();
    bot.ask(MailBot.DELEGATE, "subscribe email late@other.example");
    bot.ask(MailBot.DELEGATE, "confirm email " + code(inbox().get(before)));
    assertThat(inbox()).hasSize(before + 1);
  }

  @Test
  void aPassingFailureIsRetriedOnceTheServerIsBackAndSentOnce() {
    bot.ask(MailBot.DELEGATE, "subscribe email " + ADDRESS);
    String code = code(inbox().get(0));
    gate.failPassing(1_000);

    bot.ask(MailBot.DELEGATE, "confirm email " + code);
    assertThat(invitations()).isEmpty();
    gate.failPassing(0);
    gate.down(true);
    assertThat(bot.invitations.round().retryLater()).isPositive();
    assertThat(invitations()).isEmpty();

    gate.down(false);
    assertThat(bot.invitations.round().sent()).isEqualTo(2);
    assertThat(bot.invitations.round().sent()).isZero();
    assertThat(invitations()).hasSize(2);
  }

  @Test
  void aPermanentRefusalPausesTheSubscriptionAndNothingMoreIsSent() {
    bot.ask(MailBot.DELEGATE, "subscribe email " + ADDRESS);
    String code = code(inbox().get(0));
    gate.refuse(ADDRESS);

    bot.ask(MailBot.DELEGATE, "confirm email " + code);

    assertThat(bot.subscriptions.find(new MailAddress(ADDRESS)).orElseThrow().pausedBecause())
        .hasValueSatisfying(reason -> assertThat(reason).contains("550"));
    assertThat(bot.subscriptions.active()).isEmpty();
    bot.ask(MailBot.ADMIN, "move 2024-11-21 2024-11-22 10:00-13:00 15:00-18:00");
    assertThat(invitations()).isEmpty();
  }

  @Test
  void aDomainGetsNoMoreThanItsLimitAMinuteAndTheRestFollowsLater() throws IOException {
    gate.close();
    gate = new SmtpGate(greenMail.getSmtp().getPort());
    bot = new MailBot(gate, new MutableClock(bot.clock.instant()), 3, PLENARY);
    bot.ask(MailBot.DELEGATE, "subscribe email a@mission.example");
    bot.ask(MailBot.DELEGATE, "confirm email " + code(inbox().get(0)));
    bot.ask(MailBot.DELEGATE, "subscribe email b@mission.example");
    bot.ask(MailBot.DELEGATE, "confirm email " + code(inbox().get(3)));

    // Three of the four invitations to mission.example went in the first minute.
    assertThat(invitations()).hasSize(3);
    assertThat(bot.invitations.round().waiting()).isEqualTo(1);

    bot.clock.advance(Duration.ofMinutes(1));
    assertThat(bot.invitations.round().sent()).isEqualTo(1);
    assertThat(invitations()).hasSize(4);
  }

  @Test
  void theUnsubscribeLinkAndForgetMeDeleteTheAddress() {
    subscribeAndConfirm();

    String answer = bot.ask(MailBot.DELEGATE, "forget me");

    assertThat(answer).contains("1 e-mail address");
    assertThat(bot.subscriptions.find(new MailAddress(ADDRESS))).isEmpty();
    bot.ask(MailBot.ADMIN, "move 2024-11-21 2024-11-22 10:00-13:00 15:00-18:00");
    assertThat(invitations()).hasSize(2);
  }

  @Test
  void aWrongAddressGetsOneClearLineAndNothingIsSent() {
    assertThat(bot.ask(MailBot.DELEGATE, "subscribe email not-an-address"))
        .contains("is not an e-mail address");
    assertThat(bot.ask(MailBot.DELEGATE, "subscribe email")).contains("Which address?");
    assertThat(inbox()).isEmpty();
  }
}
