package org.ignbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.command.read.TzCommand;
import org.ignbot.core.command.subscription.SubscriptionCommands;
import org.ignbot.core.digest.InMemoryDigestStore;
import org.ignbot.core.remind.InMemorySubscriptionStore;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.remind.Replanner;
import org.ignbot.core.remind.Subscriptions;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;

/** The Home tab's own buttons answer through the core's typed use cases, as the text would. */
class HomeTabTests {
  private final InMemoryUserSettings settings = new InMemoryUserSettings();
  private final InMemorySubscriptionStore subscriptions = new InMemorySubscriptionStore();
  private final Asker clicker = new Asker(new UserKey("slack", "T1", "UHOME"), false);
  private final Asker typist = new Asker(new UserKey("slack", "T1", "UTEXT"), false);
  private final CommandEngine engine = engine();

  private CommandEngine engine() {
    List<Command> commands =
        new ArrayList<>(
            SubscriptionCommands.create(
                subscriptions,
                settings,
                Replanner.NONE,
                LeadTimes.DEFAULT,
                new InMemoryScheduleRepository(Schedule.empty()),
                new InMemoryDigestStore()));
    commands.add(new TzCommand(settings));
    return new CommandEngine(
        commands, Clock.fixed(Instant.parse("2024-11-18T12:00:00Z"), ZoneOffset.UTC), settings);
  }

  @Test
  void remindMeSubscribesWithTheDefaultsAsSubscribeDoes() {
    Reply clicked = HomeTab.typedActions(engine).get(HomeTab.SUBSCRIBE_ACTION).apply(clicker, "x");

    assertThat(clicked.title()).isEqualTo(engine.handle(typist, "subscribe").title());
    assertThat(subscriptions.of(Subscriptions.directTo(clicker.user())))
        .singleElement()
        .satisfies(s -> assertThat(s.leadTimes()).isEqualTo(LeadTimes.DEFAULT));
  }

  @Test
  void useTheProfilesZoneSetsItAndABadOneIsOneLine() {
    Reply set =
        HomeTab.typedActions(engine).get(HomeTab.USE_ZONE_ACTION).apply(clicker, "Europe/Vienna");
    Reply bad =
        HomeTab.typedActions(engine).get(HomeTab.USE_ZONE_ACTION).apply(clicker, "Atlantis/Lost");

    assertThat(set.title()).isEqualTo("Your time zone is now Europe/Vienna.");
    assertThat(settings.zone(clicker.user())).contains(ZoneId.of("Europe/Vienna"));
    assertThat(bad.isError()).isTrue();
    assertThat(bad.lines()).singleElement().asString().contains("Atlantis/Lost");
  }
}
