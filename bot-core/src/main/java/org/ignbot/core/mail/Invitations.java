package org.ignbot.core.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import org.ignbot.core.calendar.IcsWriter;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.ScheduleListener;
import org.ignbot.core.schedule.ScheduleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every confirmed address an invitation for each sitting it follows that is still to come,
 * once per sitting, revision and address: a new revision (a move, a new room) sends the update with
 * a higher SEQUENCE, a cancellation (of the meeting, or of a sitting a change dropped) sends {@code
 * METHOD:CANCEL} to those who were invited. Each key is claimed in the {@link InvitationLedger}
 * before its message leaves, so instances sharing the database never both send it. At most {@code
 * perDomainPerMinute} messages a minute go to one domain; the rest wait for the next round. A round
 * runs after each publication, after each confirmation, and on the operator's timer (which also
 * retries passing failures).
 */
public final class Invitations implements ScheduleListener {
  private static final Logger log = LoggerFactory.getLogger(Invitations.class);

  /** What a round did. */
  public record Round(int sent, int retryLater, int refused, int waiting) {}

  private final MailSubscriptionStore subscriptions;
  private final InvitationLedger ledger;
  private final MailSender sender;
  private final InvitationPlan plan;
  private final InvitationMessage messages;
  private final Clock clock;
  private final DomainLimit limit;
  private final Executor background;

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
    this.subscriptions = Objects.requireNonNull(subscriptions);
    this.ledger = Objects.requireNonNull(ledger);
    this.sender = Objects.requireNonNull(sender);
    this.plan = new InvitationPlan(schedules, subscriptions);
    this.messages = new InvitationMessage(links, ics, organizer);
    this.clock = Objects.requireNonNull(clock);
    this.limit = new DomainLimit(perDomainPerMinute);
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
    List<PlannedInvitation> planned = plan.at(now);
    Set<String> settled = ledger.settled(planned.stream().map(PlannedInvitation::key).toList());
    Set<String> skipDomains = new HashSet<>();
    Set<MailAddress> refusedAddresses = new HashSet<>();
    int sent = 0;
    int retry = 0;
    int refused = 0;
    int waiting = 0;
    for (PlannedInvitation invitation : planned) {
      MailAddress address = invitation.subscription().address();
      if (settled.contains(invitation.key())
          || skipDomains.contains(address.domain())
          || refusedAddresses.contains(address)) {
        continue;
      }
      if (invitation.meeting().isCancelled() && !ledger.invited(invitation.uid(), address)) {
        continue; // never invited: nothing to cancel
      }
      if (!limit.take(address.domain(), now)) {
        waiting++;
        continue;
      }
      if (!ledger.claim(invitation.key(), address, now)) {
        continue;
      }
      DeliveryResult result = sender.send(messages.of(invitation));
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
}
