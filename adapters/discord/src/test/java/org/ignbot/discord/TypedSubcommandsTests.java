package org.ignbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.Bot;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.remind.InMemorySubscriptionStore;
import org.ignbot.core.remind.Subscriptions;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;

/** Discord's options reach the core's typed use cases as values, not as command text. */
class TypedSubcommandsTests {
  private final InMemoryUserSettings settings = new InMemoryUserSettings();
  private final InMemorySubscriptionStore subscriptions = new InMemorySubscriptionStore();
  private final CommandEngine engine = engine();
  private final TypedSubcommands typed = new TypedSubcommands(engine);
  private final Asker member = new Asker(new UserKey("discord", "600", "700"), false);

  @Test
  void subscribeOptionsBecomeTheSubscriptionTheyName() {
    Optional<Reply> reply =
        typed.answer(
            "subscribe", Map.of("lead", "1d 1h", "cluster", "veto", "here", "false"), member);

    assertThat(reply).map(Reply::isError).contains(false);
    assertThat(subscriptions.of(Subscriptions.directTo(member.user())))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.cluster()).contains(Cluster.VETO);
              assertThat(s.leadTimes()).containsExactly(Duration.ofDays(1), Duration.ofHours(1));
            });
  }

  @Test
  void aLeadTimesOptionCannotSmuggleInACluster() {
    // As text, "subscribe 1d topic veto" would read the words after the lead time as a cluster.
    Optional<Reply> reply = typed.answer("subscribe", Map.of("lead", "1d topic veto"), member);

    assertThat(reply).map(Reply::isError).contains(true);
    assertThat(reply.orElseThrow().lines()).hasSize(1);
    assertThat(subscriptions.of(Subscriptions.directTo(member.user()))).isEmpty();
  }

  @Test
  void aZoneOptionSetsTheZoneAndNoneShowsIt() {
    typed.answer("tz", Map.of("zone", "Europe/Vienna"), member);

    assertThat(settings.zone(member.user())).contains(ZoneId.of("Europe/Vienna"));
    assertThat(typed.answer("tz", Map.of(), member)).contains(engine.handle(member, "tz"));
  }

  @Test
  void aCountListsWhatScheduleListsAndABadOneIsOneLine() {
    assertThat(typed.answer("schedule", Map.of("count", "3"), member))
        .contains(engine.handle(member, "schedule 3"));
    assertThat(typed.answer("schedule", Map.of("count", "99"), member).orElseThrow().lines())
        .isEqualTo(engine.handle(member, "schedule 99").lines());
  }

  @Test
  void unsubscribeStopsTheClustersReminders() {
    engine.handle(member, "subscribe 2h topic veto");

    typed.answer("unsubscribe", Map.of("cluster", "veto"), member);

    assertThat(subscriptions.of(Subscriptions.directTo(member.user()))).isEmpty();
  }

  @Test
  void subcommandsWithoutAUseCaseOrWithAStaleChoiceGoTheTextWay() {
    assertThat(typed.answer("about", Map.of(), member)).isEmpty();
    assertThat(typed.answer("subscribe", Map.of("cluster", "no-such-cluster"), member)).isEmpty();
  }

  @Test
  void nextOnTopicHelpRemindMeetingAndClustersAnswerTypedAsTheirTextDoes() {
    assertThat(typed.answer("next", Map.of(), member)).contains(engine.handle(member, "next"));
    assertThat(typed.answer("on", Map.of("date", "19 Nov"), member))
        .contains(engine.handle(member, "on 19 Nov"));
    assertThat(typed.answer("topic", Map.of("cluster", "veto"), member))
        .contains(engine.handle(member, "topic veto"));
    assertThat(typed.answer("topic", Map.of("words", "Liechtenstein model"), member))
        .contains(engine.handle(member, "topic Liechtenstein model"));
    assertThat(typed.answer("help", Map.of("command", "subscribe"), member))
        .contains(engine.handle(member, "help subscribe"));
    assertThat(typed.answer("remind", Map.of("id", "2099-01-01"), member))
        .contains(engine.handle(member, "remind 2099-01-01"));
    assertThat(typed.answer("meeting", Map.of("id", "2024-11-19"), member))
        .contains(engine.handle(member, "meeting 2024-11-19"));
    assertThat(typed.answer("clusters", Map.of(), member))
        .contains(engine.handle(member, "clusters"));
  }

  @Test
  void aFrequencyStartsTheDigestAndNoneSaysWhichAsTheTextDoes() {
    assertThat(typed.answer("digest", Map.of(), member)).contains(engine.handle(member, "digest"));

    Reply started = typed.answer("digest", Map.of("frequency", "daily"), member).orElseThrow();

    assertThat(started.title()).startsWith("Digest daily: Monday to Friday at 08:00");
    assertThat(engine.handle(member, "digest").title()).startsWith("You get the daily digest");
    assertThat(typed.answer("digest", Map.of("frequency", "off"), member).orElseThrow().title())
        .startsWith("Digest stopped");
    assertThat(engine.handle(member, "digest").title()).isEqualTo("You get no digest.");
  }

  @Test
  void aFrequencyCannotSmuggleInTheChannel() {
    // As text, "digest weekly here" would start the channel's digest.
    Asker admin = new Asker(new UserKey("discord", "600", "701"), true, Optional.of("800"));

    Optional<Reply> reply = typed.answer("digest", Map.of("frequency", "weekly here"), admin);

    assertThat(reply).map(Reply::isError).contains(true);
    assertThat(reply.orElseThrow().lines()).hasSize(1);
    assertThat(engine.handle(admin, "digest here").title())
        .isEqualTo("This channel gets no digest.");
  }

  @Test
  void forgetForgetsTheMemberWithoutTheWordMe() {
    engine.handle(member, "subscribe 2h topic veto");

    Reply reply = typed.answer("forget", Map.of(), member).orElseThrow();

    assertThat(reply.title()).isEqualTo("Done: I have forgotten you.");
    assertThat(subscriptions.of(Subscriptions.directTo(member.user()))).isEmpty();
  }

  @Test
  void aRemindIdCannotSmuggleInLeadTimes() {
    // As text, "remind 2024-11-19 2h" would read the words after the id as lead times.
    Optional<Reply> reply = typed.answer("remind", Map.of("id", "2024-11-19 2h"), member);

    assertThat(reply).map(Reply::isError).contains(true);
    assertThat(subscriptions.of(Subscriptions.directTo(member.user()))).isEmpty();
  }

  private CommandEngine engine() {
    return new CommandEngine(
        Bot.readAndSubscriptionCommands(TestBot.repository(), settings, subscriptions),
        TestBot.CLOCK,
        settings);
  }
}
