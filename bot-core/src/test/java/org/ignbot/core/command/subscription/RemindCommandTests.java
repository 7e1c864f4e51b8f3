package org.ignbot.core.command.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.Fixtures.clockAt;
import static org.ignbot.core.Fixtures.meeting;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.InMemorySubscriptionStore;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.remind.Subscriptions;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;

/**
 * {@code remind <id>}: reminders for one meeting; and {@code subscribe} saying what it replaced.
 */
class RemindCommandTests {
  private static final Meeting FIRST = meeting("2024-11-19").title("1st IGN Plenary").build();
  private static final Meeting VETO =
      meeting("2024-11-21").title("2nd IGN Plenary").clusters(Cluster.VETO).build();
  private static final Meeting CANCELLED =
      meeting("2024-11-26").title("3rd IGN Plenary").cancelled().build();

  private final InMemorySubscriptionStore store = new InMemorySubscriptionStore();
  private final InMemoryUserSettings settings = new InMemoryUserSettings();
  private final UserKey user = new UserKey("slack", "T1", "U1");
  private final Asker delegate = new Asker(user, false);
  private final Recipient dm = Subscriptions.directTo(user);
  private int replans;
  private final CommandEngine engine =
      new CommandEngine(
          SubscriptionCommands.create(
              store,
              settings,
              () -> replans++,
              LeadTimes.DEFAULT,
              new InMemoryScheduleRepository(new Schedule(List.of(FIRST, VETO, CANCELLED))),
              new org.ignbot.core.digest.InMemoryDigestStore()),
          clockAt("2024-11-18T12:00"),
          settings);

  private String ask(String text) {
    return new TextRenderer().render(engine.handle(delegate, text));
  }

  @Test
  void remindFollowsOnlyThatMeeting() {
    String answer = ask("remind 2024-11-21 2h 15m");

    assertThat(answer)
        .startsWith(
            "I will remind you 2 h and 15 min before each sitting of 2nd IGN Plenary on Thursday"
                + " 21 November 2024, by direct message.");
    Subscription saved = store.of(dm).get(0);
    assertThat(saved.meeting()).contains("2024-11-21");
    assertThat(saved.leadTimes()).containsExactly(Duration.ofHours(2), Duration.ofMinutes(15));
    assertThat(saved.follows(VETO)).isTrue();
    assertThat(saved.follows(FIRST)).isFalse();
    assertThat(replans).isEqualTo(1);
  }

  @Test
  void remindAgainSaysWhatTheLeadTimesWereAndAreNow() {
    ask("remind 2024-11-19");

    assertThat(ask("remind 2024-11-19 30 min"))
        .contains("Your lead times for it were 1 day and 1 h; they are now 30 min.");
    assertThat(store.of(dm)).hasSize(1);
  }

  @Test
  void remindRefusesACancelledOrUnknownMeetingWithOneLine() {
    Reply cancelled = engine.handle(delegate, "remind 2024-11-26");
    Reply unknown = engine.handle(delegate, "remind 2024-11-20");

    assertThat(cancelled.isError()).isTrue();
    assertThat(new TextRenderer().render(cancelled))
        .isEqualTo("Meeting 2024-11-26 is CANCELLED — there is nothing to remind you of.");
    assertThat(new TextRenderer().render(unknown))
        .startsWith("No meeting has the id \"2024-11-20\" — did you mean");
    assertThat(store.of(dm)).isEmpty();
  }

  @Test
  void subscribeAgainSaysWhatTheLeadTimesWereAndAreNow() {
    ask("subscribe 1d 1h 15m");

    assertThat(ask("subscribe 30 min"))
        .contains("Your lead times were 1 day, 1 h and 15 min; they are now 30 min.");
    assertThat(ask("subscribe 30 min")).doesNotContain("were");
  }

  @Test
  void aReminderForOneMeetingDoesNotReplaceTheSubscriptionToAll() {
    ask("subscribe 2h");
    ask("remind 2024-11-19 30m");

    assertThat(store.of(dm))
        .extracting(Subscription::meeting)
        .containsExactly(Optional.empty(), Optional.of("2024-11-19"));
  }
}
