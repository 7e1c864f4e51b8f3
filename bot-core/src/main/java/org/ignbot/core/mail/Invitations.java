package org.ignbot.core.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.ignbot.core.calendar.IcsWriter;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.ScheduleListener;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.time.TimeFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every confirmed address an invitation for each sitting it follows that is still to come,
 * once per sitting, revision and address: a new revision (a move, a new room) sends the update with
 * a higher SEQUENCE, a cancellation sends {@code METHOD:CANCEL} to those who were invited. Each key
 * is claimed in the {@link InvitationLedger} before its message leaves, so instances sharing the
 * database never both send it. At most {@code perDomainPerMinute} messages a minute go to one
 * domain; the rest wait for the next round. A round runs after each publication, after each
 * confirmation, and on the operator's timer (which also retries passing failures).
 */
public final class Invitations implements ScheduleListener {
  private static final Logger log = LoggerFactory.getLogger(Invitations.class);

  /** What a round did. */
  public record Round(int sent, int retryLater, int refused, int waiting) {}

  private final ScheduleRepository schedules;
  private final MailSubscriptionStore subscriptions;
  private final InvitationLedger ledger;
  private final MailSender sender;
  private final MailSubscriptions links;
  private final IcsWriter ics;
  private final MailAddress organizer;
  private final Clock clock;
  private final int perDomainPerMinute;
  private final Executor background;
  private final Map<String, Window> windows = new HashMap<>();

  private record Window(Instant start, int used) {}

  /** One invitation the schedule asks for. */
  private record Planned(
      String key, String uid, MailSubscription subscription, Meeting meeting, int sitting) {}

  /**
   * @param organizer the bot's sender address: the invitations' ORGANIZER
   * @param background where rounds after a publication or a confirmation run
   */
  public Invitations(
      ScheduleRepository schedules,
      MailSubscriptionStore subscriptions,
      InvitationLedger ledger,
      MailSender sender,
      MailSubscriptions links,
      IcsWriter ics,
      MailAddress organizer,
      Clock clock,
      int perDomainPerMinute,
      Executor background) {
    this.schedules = Objects.requireNonNull(schedules);
    this.subscriptions = Objects.requireNonNull(subscriptions);
    this.ledger = Objects.requireNonNull(ledger);
    this.sender = Objects.requireNonNull(sender);
    this.links = Objects.requireNonNull(links);
    this.ics = Objects.requireNonNull(ics);
    this.organizer = Objects.requireNonNull(organizer);
    this.clock = Objects.requireNonNull(clock);
    if (perDomainPerMinute < 1) {
      throw new IllegalArgumentException("at least one message a minute per domain");
    }
    this.perDomainPerMinute = perDomainPerMinute;
    this.background = Objects.requireNonNull(background);
  }

  /** The key of one invitation: sitting, revision and address. */
  public static String key(String uid, int revision, MailAddress address) {
    return "mail:"
        + uid
        + ":r"
        + revision
        + ":"
        + ConfirmationCode.sha256(address.value()).substring(0, 24);
  }

  @Override
  public void published(List<MeetingChange> changes) {
    background.execute(this::roundQuietly);
  }

  /** A round in the background, soon. */
  public void soon() {
    background.execute(this::roundQuietly);
  }

  private void roundQuietly() {
    try {
      round();
    } catch (RuntimeException e) {
      // The next timed round tries again; nothing was marked sent that was not.
      log.warn("Sending invitations failed; the next round tries again: {}", e.toString());
    }
  }

  /** Sends what is due now. */
  public synchronized Round round() {
    Instant now = clock.instant();
    List<Planned> planned = plan(now);
    Set<String> settled = ledger.settled(planned.stream().map(Planned::key).toList());
    Set<String> skipDomains = new HashSet<>();
    Set<MailAddress> refusedAddresses = new HashSet<>();
    int sent = 0;
    int retry = 0;
    int refused = 0;
    int waiting = 0;
    for (Planned invitation : planned) {
      MailAddress address = invitation.subscription().address();
      if (settled.contains(invitation.key())
          || skipDomains.contains(address.domain())
          || refusedAddresses.contains(address)) {
        continue;
      }
      if (invitation.meeting().isCancelled() && !ledger.invited(invitation.uid(), address)) {
        continue; // never invited: nothing to cancel
      }
      if (!take(address.domain(), now)) {
        waiting++;
        continue;
      }
      if (!ledger.claim(invitation.key(), address, now)) {
        continue;
      }
      DeliveryResult result = sender.send(message(invitation));
      Instant after = clock.instant();
      if (result instanceof DeliveryResult.Delivered delivered) {
        ledger.sent(invitation.key(), delivered.messageId(), after);
        sent++;
      } else if (result instanceof DeliveryResult.Refused no) {
        ledger.refused(invitation.key(), no.reason(), after);
        subscriptions.save(invitation.subscription().paused(no.reason()));
        refusedAddresses.add(address);
        refused++;
      } else if (result instanceof DeliveryResult.RetryLater later) {
        ledger.retry(invitation.key(), later.reason(), after);
        // The server is down or busy for this domain: the next round tries again.
        skipDomains.add(address.domain());
        retry++;
      }
    }
    return new Round(sent, retry, refused, waiting);
  }

  private List<Planned> plan(Instant now) {
    List<Planned> planned = new ArrayList<>();
    List<MailSubscription> active = subscriptions.active();
    if (active.isEmpty()) {
      return planned;
    }
    for (Meeting meeting : schedules.committed().all()) {
      if (!meeting.endsAt().isAfter(now)) {
        continue;
      }
      int sittings = Math.max(1, meeting.sittings().size());
      for (int n = 1; n <= sittings; n++) {
        if (!meeting.isDateOnly() && !meeting.sittings().get(n - 1).endInstant().isAfter(now)) {
          continue;
        }
        String uid = IcsWriter.uid(meeting, n);
        for (MailSubscription subscription : active) {
          if (subscription.follows(meeting)) {
            planned.add(
                new Planned(
                    key(uid, meeting.revision(), subscription.address()),
                    uid,
                    subscription,
                    meeting,
                    n));
          }
        }
      }
    }
    return planned;
  }

  private boolean take(String domain, Instant now) {
    Window window = windows.get(domain);
    if (window == null || !now.isBefore(window.start().plus(Duration.ofMinutes(1)))) {
      window = new Window(now, 0);
    }
    if (window.used() >= perDomainPerMinute) {
      windows.put(domain, window);
      return false;
    }
    windows.put(domain, new Window(window.start(), window.used() + 1));
    return true;
  }

  private MailMessage message(Planned invitation) {
    Meeting meeting = invitation.meeting();
    MailSubscription subscription = invitation.subscription();
    String calendar =
        ics.invitation(
            meeting,
            invitation.sitting(),
            organizer.value(),
            subscription.address().value(),
            subscription.leadTimes());
    String method = IcsWriter.invitationMethod(meeting).getValue();
    String when = when(meeting, invitation.sitting());
    String subject =
        (meeting.isCancelled() ? "Cancelled: " : meeting.revision() > 1 ? "Updated: " : "")
            + meeting.title()
            + ", "
            + when;
    List<String> lines = new ArrayList<>();
    lines.add(meeting.isCancelled() ? "This meeting is CANCELLED." : meeting.title());
    lines.add(when + " (New York time)");
    meeting.venue().ifPresent(venue -> lines.add(venue + ", UN Headquarters, New York"));
    meeting.topics().forEach(topic -> lines.add("Topic: " + topic.text()));
    meeting.notes().forEach(note -> lines.add("Note: " + note));
    lines.add("Source: " + meeting.source().citation() + ".");
    lines.add("");
    lines.add(
        meeting.isCancelled()
            ? "Your calendar removes the event when you open this message."
            : "Your calendar keeps the event current: changes come as updates of this invitation,"
                + " with alarms "
                + LeadTimes.formatAll(subscription.leadTimes())
                + " before.");
    lines.add("You get invitations for " + subscription.what() + ".");
    return new MailMessage(
        subscription.address(),
        subject,
        String.join("\n", lines),
        Optional.of(new MailMessage.CalendarPart(method, calendar)),
        Optional.of(links.unsubscribeLink(subscription)));
  }

  private static String when(Meeting meeting, int sittingNumber) {
    if (meeting.isDateOnly()) {
      return TimeFormat.longDay(meeting.date()) + ", time not announced";
    }
    Sitting sitting = meeting.sittings().get(sittingNumber - 1);
    return TimeFormat.longDay(meeting.date()) + " " + TimeFormat.venueRange(sitting);
  }
}
