package org.ignbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.Fixtures.clockAt;
import static org.ignbot.core.Fixtures.plenary;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.command.read.ListClusters;
import org.ignbot.core.command.read.MeetingsOnDay;
import org.ignbot.core.command.read.MeetingsOnTopic;
import org.ignbot.core.command.read.NextMeetings;
import org.ignbot.core.command.read.ReadCommands;
import org.ignbot.core.command.read.SetTimeZone;
import org.ignbot.core.command.read.ShowMeeting;
import org.ignbot.core.command.subscription.ListSubscriptions;
import org.ignbot.core.command.subscription.RemindOfMeeting;
import org.ignbot.core.command.subscription.Subscribe;
import org.ignbot.core.command.subscription.Unsubscribe;
import org.ignbot.core.remind.InMemorySubscriptionStore;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;

/** Typed callers reach the same use cases as the text commands, with the same answers. */
class TypedUseCaseTests {
  private final Clock clock = clockAt("2024-11-18T12:00");
  private final InMemoryUserSettings settings = new InMemoryUserSettings();
  private final InMemorySubscriptionStore subscriptions = new InMemorySubscriptionStore();
  private final CommandEngine engine = engine(true);
  private final Asker vienna = new Asker(new UserKey("test", "w1", "vienna"), false);
  private final Asker typed = new Asker(new UserKey("test", "w1", "typed"), false);

  private CommandEngine engine(boolean withSubscriptions) {
    InMemoryScheduleRepository schedules =
        new InMemoryScheduleRepository(
            new Schedule(List.of(plenary("2024-11-19", Cluster.CATEGORIES))));
    List<Command> commands =
        withSubscriptions
            ? Bot.readAndSubscriptionCommands(schedules, settings, subscriptions)
            : ReadCommands.create(schedules, Bot.KNOWLEDGE, settings);
    return new CommandEngine(commands, clock, settings);
  }

  @Test
  void aTypedZoneIsSetAsTzSetsIt() {
    Reply text = engine.handle(vienna, "tz Europe/Vienna");
    Reply reply =
        engine.perform(
            typed, SetTimeZone.class, (tz, call) -> tz.setZone(call, ZoneId.of("Europe/Vienna")));

    assertThat(reply).isEqualTo(text);
    assertThat(settings.zone(typed.user())).contains(ZoneId.of("Europe/Vienna"));
  }

  @Test
  void aTypedCountListsWhatScheduleListsAndIsCheckedTheSameWay() {
    assertThat(engine.perform(typed, NextMeetings.class, (m, call) -> m.upcoming(call, 3)))
        .isEqualTo(engine.handle(typed, "schedule 3"));

    Reply tooMany = engine.perform(typed, NextMeetings.class, (m, call) -> m.upcoming(call, 21));

    assertThat(tooMany.isError()).isTrue();
    assertThat(tooMany.lines()).isEqualTo(engine.handle(typed, "schedule 21").lines());
  }

  @Test
  void aTypedSubscriptionIsTheOneTheTextMakes() {
    Reply reply =
        engine.perform(
            typed,
            Subscribe.class,
            (s, call) ->
                s.subscribe(call, List.of(Duration.ofHours(2)), Optional.of(Cluster.VETO), false));

    assertThat(reply.title()).isEqualTo(engine.handle(vienna, "subscribe 2h topic veto").title());
    assertThat(subscriptions.of(org.ignbot.core.remind.Subscriptions.directTo(typed.user())))
        .singleElement()
        .satisfies(s -> assertThat(s.leadTimes()).containsExactly(Duration.ofHours(2)));

    Reply here =
        engine.perform(
            typed,
            Subscribe.class,
            (s, call) -> s.subscribe(call, List.of(), Optional.empty(), true));
    assertThat(here.lines()).isEqualTo(engine.handle(vienna, "subscribe here").lines());

    engine.perform(
        typed,
        Unsubscribe.class,
        (u, call) -> u.unsubscribe(call, Optional.of(Cluster.VETO), false));
    assertThat(subscriptions.of(org.ignbot.core.remind.Subscriptions.directTo(typed.user())))
        .isEmpty();
  }

  @Test
  void theTypedListOfSubscriptionsIsWhatSubscriptionsAnswers() {
    engine.handle(typed, "subscribe 2h topic veto");

    Reply reply =
        engine.perform(typed, ListSubscriptions.class, (list, call) -> list.subscriptions(call));

    assertThat(reply).isEqualTo(engine.handle(typed, "subscriptions"));
    assertThat(reply.title()).isEqualTo("Your subscriptions:");
  }

  @Test
  void aUseCaseNoCommandOffersIsOneLine() {
    Reply reply =
        engine(false)
            .perform(
                typed,
                Subscribe.class,
                (s, call) -> s.subscribe(call, List.of(), Optional.empty(), false));

    assertThat(reply.isError()).isTrue();
    assertThat(reply.lines())
        .containsExactly("That is not available here. Type `help` for what I can do.");
  }

  @Test
  void aTypedReminderOfOneMeetingIsTheOneRemindMakesWithItsLeadTimes() {
    Reply text = engine.handle(vienna, "remind 2024-11-19 2h 15m");
    Reply reply =
        engine.perform(
            typed,
            RemindOfMeeting.class,
            (remind, call) ->
                remind.remind(
                    call, "2024-11-19", List.of(Duration.ofHours(2), Duration.ofMinutes(15))));

    assertThat(reply).isEqualTo(text);
    assertThat(subscriptions.of(org.ignbot.core.remind.Subscriptions.directTo(typed.user())))
        .singleElement()
        .satisfies(s -> assertThat(s.meeting()).contains("2024-11-19"));
    assertThat(
            engine.perform(
                typed, RemindOfMeeting.class, (r, call) -> r.remind(call, "2099-01-01", List.of())))
        .isEqualTo(engine.handle(typed, "remind 2099-01-01"));
  }

  @Test
  void typedTopicsAndHelpAnswerAsTheirTextDoes() {
    assertThat(
            engine.perform(typed, MeetingsOnTopic.class, (t, call) -> t.meetingsOn(call, "veto")))
        .isEqualTo(engine.handle(typed, "topic veto"));
    assertThat(engine.perform(typed, MeetingsOnTopic.class, (t, call) -> t.meetingsOn(call, " ")))
        .isEqualTo(engine.handle(typed, "topic"));
    assertThat(
            engine.perform(typed, ShowHelp.class, (h, call) -> h.help(call, Optional.of("remind"))))
        .isEqualTo(engine.handle(typed, "help remind"));
  }

  @Test
  void aTypedDayListsWhatOnListsForIt() {
    Reply reply =
        engine.perform(
            typed,
            MeetingsOnDay.class,
            (on, call) -> on.meetingsOnDay(call, LocalDate.of(2024, 11, 19)));

    assertThat(reply).isEqualTo(engine.handle(typed, "on 19 Nov"));
    assertThat(reply.title()).startsWith("IGN meetings on");
  }

  @Test
  void aTypedMeetingAndTheClustersAnswerAsTheirTextDoes() {
    assertThat(engine.perform(typed, ShowMeeting.class, (m, call) -> m.meeting(call, "2024-11-19")))
        .isEqualTo(engine.handle(typed, "meeting 2024-11-19"));
    assertThat(engine.perform(typed, ShowMeeting.class, (m, call) -> m.meeting(call, " ")))
        .isEqualTo(engine.handle(typed, "meeting"));
    assertThat(engine.perform(typed, ListClusters.class, (c, call) -> c.clusters(call)))
        .isEqualTo(engine.handle(typed, "clusters"));
  }
}
