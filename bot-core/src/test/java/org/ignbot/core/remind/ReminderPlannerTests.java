package org.ignbot.core.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.remind.Fixtures.at;
import static org.ignbot.core.remind.Fixtures.dm;
import static org.ignbot.core.remind.Fixtures.meeting;
import static org.ignbot.core.remind.Fixtures.plenary;
import static org.ignbot.core.remind.Fixtures.sitting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Schedule;
import org.junit.jupiter.api.Test;

class ReminderPlannerTests {
  private final ReminderPlanner planner = new ReminderPlanner();
  private final Instant morning = at("06:00");
  private final Instant evening = at("23:00");

  private Subscription everyMeeting(String user, Instant since, Duration... leads) {
    return new Subscription(dm(user), Optional.empty(), List.of(leads), since);
  }

  @Test
  void plansOneReminderPerSittingLeadTimeAndRecipient() {
    List<Reminder> planned =
        planner.plan(
            new Schedule(List.of(plenary())),
            List.of(
                everyMeeting("U1", morning, Duration.ofHours(1), Duration.ofMinutes(15)),
                everyMeeting("U2", morning, Duration.ofHours(1))),
            morning,
            evening);

    assertThat(planned).hasSize(6);
    assertThat(planned).extracting(Reminder::key).doesNotHaveDuplicates();
    assertThat(planned.get(0).dueAt()).isEqualTo(at("09:00"));
  }

  @Test
  void overlappingSubscriptionsOfOneRecipientGiveOneReminder() {
    Subscription all = everyMeeting("U1", morning, Duration.ofHours(1));
    Subscription categories =
        new Subscription(
            dm("U1"), Optional.of(Cluster.CATEGORIES), List.of(Duration.ofHours(1)), morning);

    assertThat(
            planner.plan(
                new Schedule(List.of(plenary())), List.of(all, categories), morning, evening))
        .hasSize(2);
  }

  @Test
  void clusterFilterKeepsOnlyThatClustersMeetings() {
    Subscription veto =
        new Subscription(
            dm("U1"), Optional.of(Cluster.VETO), List.of(Duration.ofHours(1)), morning);

    assertThat(planner.plan(new Schedule(List.of(plenary())), List.of(veto), morning, evening))
        .isEmpty();
  }

  @Test
  void cancelledMeetingsGetNoReminders() {
    var cancelled = meeting("gone", MeetingStatus.CANCELLED, Set.of(), sitting("10:00", "13:00"));

    assertThat(
            planner.plan(
                new Schedule(List.of(cancelled)),
                List.of(everyMeeting("U1", morning, Duration.ofHours(1))),
                morning,
                evening))
        .isEmpty();
  }

  @Test
  void aMovedSittingGetsANewKey() {
    var subscriptions = List.of(everyMeeting("U1", morning, Duration.ofHours(1)));
    var before =
        planner.plan(
            new Schedule(
                List.of(
                    meeting("m", MeetingStatus.SCHEDULED, Set.of(), sitting("10:00", "13:00")))),
            subscriptions,
            morning,
            evening);
    var after =
        planner.plan(
            new Schedule(
                List.of(
                    meeting("m", MeetingStatus.SCHEDULED, Set.of(), sitting("11:00", "13:00")))),
            subscriptions,
            morning,
            evening);

    assertThat(before.get(0).key()).isNotEqualTo(after.get(0).key());
  }

  @Test
  void aReminderPastItsTimeIsKeptUntilTheSittingStartsAndMarkedLate() {
    var subscriptions = List.of(everyMeeting("U1", morning, Duration.ofHours(1)));
    Schedule schedule = new Schedule(List.of(plenary()));

    List<Reminder> at0930 = planner.plan(schedule, subscriptions, at("09:30"), at("09:30"));
    assertThat(at0930).singleElement().satisfies(r -> assertThat(r.isLateAt(at("09:30"))).isTrue());
    assertThat(ReminderMessage.of(at0930.get(0), at("09:30")).title()).startsWith("Late reminder:");

    assertThat(planner.plan(schedule, subscriptions, at("10:00"), at("10:00"))).isEmpty();
  }

  @Test
  void remindersDueBeforeTheSubscriptionWasMadeAreNotSent() {
    var subscriptions =
        List.of(everyMeeting("U1", at("09:30"), Duration.ofHours(1), Duration.ofMinutes(15)));

    assertThat(
            planner.plan(new Schedule(List.of(plenary())), subscriptions, at("09:30"), at("09:50")))
        .extracting(Reminder::dueAt)
        .containsExactly(at("09:45"));
  }

  @Test
  void pausedSubscriptionsGetNothing() {
    var paused =
        new Subscription(
            dm("U1"), Optional.empty(), List.of(Duration.ofHours(1)), morning, Optional.of("gone"));

    assertThat(planner.plan(new Schedule(List.of(plenary())), List.of(paused), morning, evening))
        .isEmpty();
  }

  @Test
  void aReminderOnTimeIsNotLateAndSaysHowSoon() {
    Reminder reminder =
        planner
            .plan(
                new Schedule(List.of(plenary())),
                List.of(everyMeeting("U1", morning, Duration.ofHours(1))),
                morning,
                at("09:00"))
            .get(0);

    assertThat(ReminderMessage.of(reminder, at("09:00")).title())
        .startsWith("Reminder: 1st IGN Plenary, Morning sitting, starts in 1 h");
  }
}
