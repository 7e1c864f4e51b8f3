package org.ignbot.core.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ignbot.core.calendar.IcsWriter;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.ScheduleRepository;

/**
 * The invitations the committed schedule asks for now: each sitting still to come, for each active
 * address that follows its meeting, and a cancellation for each sitting a change dropped from a
 * meeting that still takes place (two sittings become one): its event would otherwise stay in the
 * calendars.
 */
final class InvitationPlan {
  private final ScheduleRepository schedules;
  private final MailSubscriptionStore subscriptions;

  InvitationPlan(ScheduleRepository schedules, MailSubscriptionStore subscriptions) {
    this.schedules = Objects.requireNonNull(schedules);
    this.subscriptions = Objects.requireNonNull(subscriptions);
  }

  List<PlannedInvitation> at(Instant now) {
    List<PlannedInvitation> planned = new ArrayList<>();
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
        if (meeting.isDateOnly() || meeting.sittings().get(n - 1).endInstant().isAfter(now)) {
          add(planned, active, meeting, n, false);
        }
      }
      if (meeting.revision() > 1 && !meeting.isCancelled()) {
        for (int n = sittings + 1; ; n++) {
          Optional<Meeting> dropped = dropped(meeting, n, now);
          if (dropped.isEmpty()) {
            break;
          }
          if (dropped.get().sittings().get(n - 1).endInstant().isAfter(now)) {
            add(planned, active, dropped.get(), n, true);
          }
        }
      }
    }
    return planned;
  }

  private static void add(
      List<PlannedInvitation> planned,
      List<MailSubscription> active,
      Meeting meeting,
      int sitting,
      boolean dropped) {
    String uid = IcsWriter.uid(meeting, sitting);
    for (MailSubscription subscription : active) {
      if (subscription.follows(meeting)) {
        planned.add(
            new PlannedInvitation(
                Invitations.key(uid, meeting.revision(), subscription.address()),
                uid,
                subscription,
                meeting,
                sitting,
                dropped));
      }
    }
  }

  /**
   * Sitting {@code n} as the last change that dropped it left it: the meeting before that change,
   * cancelled, at the change's revision (the SEQUENCE its cancellation carries). Empty when no
   * change dropped a sitting {@code n}.
   */
  private Optional<Meeting> dropped(Meeting meeting, int n, Instant now) {
    List<MeetingChange> history = schedules.history(meeting.id());
    for (int i = history.size() - 1; i >= 0; i--) {
      MeetingChange change = history.get(i);
      Optional<Meeting> before = change.before();
      if (before.isPresent()
          && before.get().sittings().size() >= n
          && change.after().sittings().size() < n) {
        Meeting after = change.after();
        return Optional.of(
            before
                .get()
                .cancelled(
                    "This sitting no longer takes place (" + after.source().citation() + ").")
                .revised(after.revision(), after.updated().orElse(now), after.source()));
      }
    }
    return Optional.empty();
  }
}
