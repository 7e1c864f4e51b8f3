package org.ignbot.core.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ignbot.core.calendar.IcsWriter;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.time.TimeFormat;

/**
 * Writes one planned invitation as a message: the subject, the readable text and the iMIP calendar
 * part ({@code REQUEST}, or {@code CANCEL} for a cancelled meeting or a dropped sitting).
 */
final class InvitationMessage {
  private final MailSubscriptions links;
  private final IcsWriter ics;
  private final MailAddress organizer;

  InvitationMessage(MailSubscriptions links, IcsWriter ics, MailAddress organizer) {
    this.links = Objects.requireNonNull(links);
    this.ics = Objects.requireNonNull(ics);
    this.organizer = Objects.requireNonNull(organizer);
  }

  MailMessage of(PlannedInvitation invitation) {
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
    if (invitation.dropped()) {
      lines.add("This sitting is CANCELLED; the meeting's other sittings still take place.");
    } else {
      lines.add(meeting.isCancelled() ? "This meeting is CANCELLED." : meeting.title());
    }
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
