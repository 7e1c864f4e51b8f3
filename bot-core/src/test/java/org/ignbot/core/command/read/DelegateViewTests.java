package org.ignbot.core.command.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.Fixtures.clockAt;
import static org.ignbot.core.Fixtures.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.command.subscription.SubscriptionCommands;
import org.ignbot.core.remind.InMemorySubscriptionStore;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.reply.Action;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;

/**
 * What a delegate sees: their own time beside New York's everywhere, one rule for cancelled
 * meetings, a sitting under way, a schedule that has run out, and "did you mean" for a topic.
 */
class DelegateViewTests {
  private static final Meeting FIRST =
      meeting("2024-11-19")
          .title("1st IGN Plenary")
          .topic("Categories of membership")
          .clusters(Cluster.CATEGORIES, Cluster.VETO)
          .build();
  private static final Meeting CANCELLED =
      meeting("2024-11-21")
          .title("2nd IGN Plenary")
          .clusters(Cluster.VETO)
          .note("Cancelled by an admin: no interpretation.")
          .cancelled()
          .build();
  private static final Meeting LATER =
      meeting("2024-12-03").title("3rd IGN Plenary").clusters(Cluster.VETO).build();

  private final Asker delegate = new Asker(new UserKey("test", "w1", "u1"), false);
  private final InMemoryUserSettings settings = new InMemoryUserSettings();
  private final TextRenderer renderer = new TextRenderer();

  private CommandEngine engineAt(String newYorkTime, Meeting... meetings) {
    Clock clock = clockAt(newYorkTime);
    InMemoryScheduleRepository schedules =
        new InMemoryScheduleRepository(new Schedule(List.of(meetings)));
    List<Command> commands =
        new ArrayList<>(
            ReadCommands.create(schedules, org.ignbot.core.command.Bot.KNOWLEDGE, settings));
    commands.addAll(
        SubscriptionCommands.create(
            new InMemorySubscriptionStore(),
            settings,
            () -> {},
            LeadTimes.DEFAULT,
            schedules,
            new org.ignbot.core.digest.InMemoryDigestStore()));
    return new CommandEngine(commands, clock, settings);
  }

  private String ask(CommandEngine engine, String text) {
    return renderer.render(engine.handle(delegate, text));
  }

  @Test
  void scheduleLinesShowTheAskersTimeWithTheDayWhereTheSittingEnds() {
    CommandEngine engine = engineAt("2024-11-18T12:00", FIRST, LATER);
    ask(engine, "tz Vienna");

    assertThat(ask(engine, "schedule"))
        .contains(
            "Tue 19 Nov 2024 · 10:00–13:00, 15:00–18:00 New York = 16:00–19:00, 21:00–00:00 (ends"
                + " Wed 20 Nov) Vienna · 1st IGN Plenary");
  }

  @Test
  void topicAndClustersShowTheAskersTimeToo() {
    CommandEngine engine = engineAt("2024-11-18T12:00", FIRST, LATER);
    ask(engine, "tz Asia/Tokyo");

    assertThat(ask(engine, "topic veto"))
        .contains(
            "10:00–13:00, 15:00–18:00 New York = 00:00–03:00 (Wed 20 Nov), 05:00–08:00 (Wed 20 Nov) Tokyo");
    assertThat(ask(engine, "clusters"))
        .contains(
            "next Tue 19 Nov 2024, 10:00 New York (00:00 Wed 20 Nov 2024 Tokyo) [2024-11-19]");
  }

  @Test
  void aCancelledMeetingShowsAsCancelledWithItsReasonInScheduleTopicAndOn() {
    CommandEngine engine = engineAt("2024-11-18T12:00", FIRST, CANCELLED, LATER);

    String cancelled = "(CANCELLED by an admin: no interpretation.)";
    assertThat(ask(engine, "schedule")).contains("2nd IGN Plenary").contains(cancelled);
    assertThat(ask(engine, "topic veto"))
        .contains("2 upcoming, 1 cancelled, 0 held")
        .contains(cancelled);
    assertThat(ask(engine, "on 21 Nov"))
        .contains("2nd IGN Plenary — Thursday 21 November 2024 — CANCELLED")
        .contains("Cancelled by an admin: no interpretation.");
  }

  @Test
  void remindMeIsOfferedForOneUpcomingMeetingAndNeverForACancelledOrPastOne() {
    CommandEngine engine = engineAt("2024-11-20T12:00", FIRST, CANCELLED, LATER);

    Reply onCancelled = engine.handle(delegate, "on 21 Nov");
    Reply onPast = engine.handle(delegate, "meeting 2024-11-19");
    Reply next = engine.handle(delegate, "next");

    assertThat(onCancelled.actions())
        .extracting(Action::command)
        .doesNotContain("remind 2024-11-21");
    assertThat(onCancelled.actions()).noneMatch(action -> action.label().equals("Remind me"));
    assertThat(onPast.actions()).noneMatch(action -> action.label().equals("Remind me"));
    assertThat(next.actions()).extracting(Action::command).contains("remind 2024-12-03");
    assertThat(next.actions()).extracting(Action::command).doesNotContain("subscribe");
  }

  @Test
  void nextSaysWhichSittingIsUnderWayAndWhenItEnds() {
    CommandEngine engine = engineAt("2024-11-19T16:40", FIRST, LATER);

    assertThat(ask(engine, "next"))
        .startsWith("An IGN meeting is under way")
        .contains(
            "The afternoon sitting is under way now (15:00–18:00 New York), ending in 1 h 20 min.")
        .contains("1st IGN Plenary — Tuesday 19 November 2024");
  }

  @Test
  void nextBetweenSittingsSaysWhenTheNextOneStarts() {
    CommandEngine engine = engineAt("2024-11-19T13:30", FIRST, LATER);

    assertThat(ask(engine, "next"))
        .contains("Between sittings: the afternoon sitting starts at 15:00 New York.");
  }

  @Test
  void aScheduleThatHasRunOutSaysItMayBeTheSeedLetterAndHowAnAdminImportsCurrentOnes() {
    CommandEngine engine = engineAt("2026-11-30T12:00", FIRST, LATER);

    assertThat(ask(engine, "next"))
        .contains("No IGN meeting is scheduled yet.")
        .contains("The last one held was on Tuesday 3 December 2024:")
        .contains("may be only the seed letter bundled with the bot")
        .contains("An admin imports the current Co-Chairs' letters with `import`");
  }

  @Test
  void scheduleSaysItsLimitForTooManyMeetings() {
    CommandEngine engine = engineAt("2024-11-18T12:00", FIRST, LATER);

    assertThat(ask(engine, "schedule 21"))
        .isEqualTo(
            "I list 1 to 20 meetings at a time, not 21 — try `schedule 20`, or `topic <cluster>`"
                + " for older ones.");
    assertThat(ask(engine, "schedule lots")).contains("\"lots\" is not a number of meetings");
  }

  @Test
  void aMisspeltTopicGetsDidYouMean() {
    CommandEngine engine = engineAt("2024-11-18T12:00", FIRST, LATER);

    Reply reply = engine.handle(delegate, "topic vetto");

    assertThat(renderer.render(reply))
        .startsWith("No meeting on \"vetto\" — did you mean `topic veto`?");
    assertThat(reply.actions()).extracting(Action::command).containsExactly("topic veto");
  }

  @Test
  void aFixedOffsetIsSetWithAWarningAboutSummerTime() {
    CommandEngine engine = engineAt("2024-11-18T12:00", FIRST);

    assertThat(ask(engine, "tz UTC+2"))
        .contains("Your time zone is now +02:00.")
        .contains("UTC+02:00 is a fixed offset and ignores summer time");
    assertThat(ask(engine, "tz Geneva")).doesNotContain("fixed offset");
  }

  @Test
  void datesAsDelegatesWriteThemWorkInCommands() {
    CommandEngine engine = engineAt("2024-11-18T12:00", FIRST, LATER);

    assertThat(ask(engine, "on 19/11")).contains("1st IGN Plenary — Tuesday 19 November 2024");
    assertThat(ask(engine, "on Tuesday 19 November")).contains("1st IGN Plenary");
    assertThat(ask(engine, "on next tuesday")).contains("1st IGN Plenary");
    assertThat(ask(engine, "on 29 Feb")).contains("29 February comes only in leap years");
  }
}
