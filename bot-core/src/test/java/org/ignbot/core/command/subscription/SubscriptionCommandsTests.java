package org.ignbot.core.command.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.command.read.ReadCommands;
import org.ignbot.core.knowledge.Knowledge;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.InMemorySubscriptionStore;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.remind.Replanner;
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.store.StoreUnavailableException;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;

class SubscriptionCommandsTests {
  private static final Instant NOW = Instant.parse("2024-11-18T17:00:00Z");
  private final InMemorySubscriptionStore store = new InMemorySubscriptionStore();
  private final org.ignbot.core.digest.InMemoryDigestStore digests =
      new org.ignbot.core.digest.InMemoryDigestStore();
  private final InMemoryUserSettings settings = new InMemoryUserSettings();
  private final UserKey delegate = new UserKey("slack", "T1", "U1");
  private final Asker inChannel = new Asker(delegate, false, Optional.of("C9"));
  private final Asker admin = new Asker(new UserKey("slack", "T1", "U2"), true, Optional.of("C9"));
  private final Recipient dm = new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "U1");
  private int replans;
  private final InMemoryScheduleRepository schedules =
      new InMemoryScheduleRepository(Schedule.empty());

  private CommandEngine engine(SubscriptionStore subscriptions) {
    List<Command> commands =
        new ArrayList<>(
            ReadCommands.create(
                schedules, new Knowledge(List.of(), java.util.Map.of(), "none"), settings));
    Replanner counting = () -> replans++;
    commands.addAll(
        SubscriptionCommands.create(
            subscriptions, settings, counting, LeadTimes.DEFAULT, schedules, digests));
    return new CommandEngine(commands, Clock.fixed(NOW, ZoneOffset.UTC), settings);
  }

  private String text(Reply reply) {
    return new TextRenderer().render(reply);
  }

  @Test
  void subscribeWithNoArgumentsUsesTheDefaultLeadTimesByDirectMessage() {
    Reply reply = engine(store).handle(inChannel, "/ign subscribe");

    assertThat(text(reply))
        .contains("1 day and 1 h before each sitting of every IGN meeting, by direct message");
    assertThat(store.of(dm))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.leadTimes()).isEqualTo(LeadTimes.DEFAULT);
              assertThat(s.since()).isEqualTo(NOW);
            });
    assertThat(replans).isEqualTo(1);
  }

  @Test
  void subscribeWithLeadTimesAndATopicStoresBoth() {
    engine(store).handle(inChannel, "subscribe 1d 1h 15m topic working methods");

    Subscription saved = store.of(dm).get(0);
    assertThat(saved.cluster()).contains(Cluster.SIZE_METHODS);
    assertThat(saved.leadTimes()).hasSize(3);
  }

  @Test
  void badInputGetsOneLineAndStoresNothing() {
    CommandEngine engine = engine(store);
    for (String bad :
        List.of(
            "subscribe soon",
            "subscribe 1m",
            "subscribe 5m 10m 15m 20m 25m 30m",
            "subscribe topic tea",
            "subscribe here",
            "tz Atlantis")) {
      Reply reply = engine.handle(inChannel, bad);
      assertThat(reply.isError()).as(bad).isTrue();
      assertThat(reply.lines()).as(bad).hasSize(1);
    }
    assertThat(store.active()).isEmpty();
    assertThat(settings.zone(delegate)).isEmpty();
    assertThat(replans).isZero();
  }

  @Test
  void anAdminSubscribesTheChannelWithHere() {
    Reply reply = engine(store).handle(admin, "subscribe 2h here");

    assertThat(text(reply)).contains("in this channel");
    assertThat(store.of(new Recipient("slack", "T1", Recipient.Kind.CHANNEL, "C9"))).hasSize(1);
  }

  @Test
  void unsubscribeAloneStopsEverythingAndWithATopicOnlyThatOne() {
    CommandEngine engine = engine(store);
    engine.handle(inChannel, "subscribe");
    engine.handle(inChannel, "subscribe topic veto");

    engine.handle(inChannel, "unsubscribe topic veto");
    assertThat(store.of(dm)).singleElement().satisfies(s -> assertThat(s.cluster()).isEmpty());

    assertThat(text(engine.handle(inChannel, "unsubscribe"))).contains("no more reminders");
    assertThat(store.of(dm)).isEmpty();
  }

  @Test
  void subscriptionsListsTheAskersAndTheChannels() {
    CommandEngine engine = engine(store);
    engine.handle(inChannel, "subscribe 30 min topic veto");
    engine.handle(admin, "subscribe here");

    String listed = text(engine.handle(inChannel, "subscriptions"));

    assertThat(listed)
        .contains(
            "meetings on The question of the veto, 30 min before each sitting, by direct message")
        .contains("every IGN meeting, 1 day and 1 h before each sitting, in this channel");
  }

  @Test
  void forgetMeDeletesTheZoneAndTheSubscriptions() {
    CommandEngine engine = engine(store);
    engine.handle(inChannel, "tz Vienna");
    engine.handle(inChannel, "subscribe");

    Reply reply = engine.handle(inChannel, "forget me");

    assertThat(text(reply)).contains("1 subscription");
    assertThat(store.of(dm)).isEmpty();
    assertThat(settings.zone(delegate)).isEmpty();
    assertThat(engine.handle(inChannel, "forget").isError()).isTrue();
  }

  @Test
  void aStoreThatIsDownSaysItCannotSaveWhileScheduleCommandsStillAnswer() {
    SubscriptionStore failing =
        (SubscriptionStore)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {SubscriptionStore.class},
                (proxy, method, args) -> {
                  throw new StoreUnavailableException(
                      !method.getName().equals("of") && !method.getName().equals("active"),
                      new IllegalStateException("connection refused"));
                });
    CommandEngine engine = engine(failing);

    Reply subscribe = engine.handle(inChannel, "subscribe");
    assertThat(subscribe.isError()).isTrue();
    assertThat(subscribe.lines())
        .singleElement()
        .asString()
        .startsWith("I cannot save that right now");
    assertThat(engine.handle(inChannel, "subscriptions").lines())
        .singleElement()
        .asString()
        .startsWith("I cannot look that up right now");
    assertThat(engine.handle(inChannel, "next").isError()).isFalse();
  }

  @Test
  void theZoneIsShownInTheAskersZone() {
    engine(store).handle(inChannel, "tz Asia/Kolkata");
    assertThat(settings.zone(delegate)).contains(ZoneId.of("Asia/Kolkata"));
  }
}
