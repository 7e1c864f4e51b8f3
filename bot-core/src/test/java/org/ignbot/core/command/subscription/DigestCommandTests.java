package org.ignbot.core.command.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.digest.DigestSubscription;
import org.ignbot.core.digest.Frequency;
import org.ignbot.core.digest.InMemoryDigestStore;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.InMemorySubscriptionStore;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;

class DigestCommandTests {
  private static final Instant NOW = Instant.parse("2026-10-21T09:00:00Z");
  private final InMemoryDigestStore digests = new InMemoryDigestStore();
  private final InMemoryUserSettings settings = new InMemoryUserSettings();
  private final UserKey delegate = new UserKey("slack", "T1", "U1");
  private final Asker inChannel = new Asker(delegate, false, Optional.of("C9"));
  private final Asker admin = new Asker(new UserKey("slack", "T1", "U2"), true, Optional.of("C9"));
  private final Recipient dm = new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "U1");
  private final Recipient channel = new Recipient("slack", "T1", Recipient.Kind.CHANNEL, "C9");
  private final CommandEngine engine =
      new CommandEngine(
          SubscriptionCommands.create(
              new InMemorySubscriptionStore(),
              settings,
              () -> {},
              LeadTimes.DEFAULT,
              new InMemoryScheduleRepository(Schedule.empty()),
              digests),
          Clock.fixed(NOW, ZoneOffset.UTC),
          settings);

  private String ask(Asker asker, String text) {
    return new TextRenderer().render(engine.handle(asker, text));
  }

  @Test
  void digestWeeklyStoresAPersonalDigestThatFollowsTheirZone() {
    settings.setZone(delegate, ZoneId.of("Europe/Vienna"));

    String reply = ask(inChannel, "/ign digest weekly");

    assertThat(reply)
        .startsWith("Digest weekly: every Monday at 08:00 Vienna time, by direct message.")
        .doesNotContain("Set your zone");
    assertThat(digests.of(dm))
        .contains(new DigestSubscription(dm, Frequency.WEEKLY, Optional.empty(), NOW));
  }

  @Test
  void withoutAZoneTheDigestIsInNewYorkTimeAndTheReplySaysHowToChangeIt() {
    assertThat(ask(inChannel, "digest daily"))
        .contains("Monday to Friday at 08:00 New York time")
        .contains("Set your zone with `tz`");
    assertThat(digests.of(dm)).map(DigestSubscription::frequency).contains(Frequency.DAILY);
  }

  @Test
  void anAdminSetsAChannelDigestTimedInTheAdminsZone() {
    settings.setZone(admin.user(), ZoneId.of("Asia/Tokyo"));

    assertThat(ask(admin, "digest weekly here")).contains("Tokyo time, in this channel");
    assertThat(digests.of(channel))
        .map(DigestSubscription::zone)
        .contains(Optional.of(ZoneId.of("Asia/Tokyo")));
    assertThat(ask(admin, "digest here"))
        .startsWith("This channel gets the weekly digest, every Monday at 08:00 Tokyo time.");
    assertThat(ask(admin, "digest off here")).startsWith("Digest stopped in this channel.");
    assertThat(digests.of(channel)).isEmpty();
  }

  @Test
  void digestAloneSaysWhichOneYouGetAndOffStopsIt() {
    assertThat(ask(inChannel, "digest")).startsWith("You get no digest.");
    ask(inChannel, "digest weekly");
    assertThat(ask(inChannel, "digest")).startsWith("You get the weekly digest");

    assertThat(ask(inChannel, "digest off")).startsWith("Digest stopped by direct message.");
    assertThat(digests.of(dm)).isEmpty();
    assertThat(ask(inChannel, "digest off")).startsWith("There was no digest to stop.");
  }

  @Test
  void badInputGetsOneLineAndStoresNothing() {
    for (String bad :
        List.of("digest monthly", "digest weekly topic veto", "digest weekly here", "digest 2h")) {
      Reply reply = engine.handle(inChannel, bad);
      assertThat(reply.isError()).as(bad).isTrue();
      assertThat(reply.lines()).as(bad).hasSize(1);
    }
    assertThat(digests.all()).isEmpty();
  }

  @Test
  void forgetMeDeletesThePersonalDigestButNotTheChannels() {
    ask(inChannel, "digest weekly");
    ask(admin, "digest weekly here");

    assertThat(ask(inChannel, "forget me")).contains("your digest");

    assertThat(digests.of(dm)).isEmpty();
    assertThat(digests.of(channel)).isPresent();
  }

  @Test
  void aPausedDigestSaysSoInDigestAndSubscriptionsAndAskingAgainResumesIt() {
    settings.setZone(delegate, ZoneId.of("Europe/Vienna"));
    digests.save(
        new DigestSubscription(dm, Frequency.WEEKLY, Optional.empty(), NOW)
            .paused("user_not_found"));

    assertThat(ask(inChannel, "digest"))
        .contains("PAUSED: delivery was refused (user_not_found); `digest weekly` starts it again");
    assertThat(ask(inChannel, "subscriptions"))
        .contains("the weekly digest, every Monday at 08:00 Vienna time — PAUSED")
        .contains("by direct message");

    ask(inChannel, "digest weekly");
    assertThat(digests.of(dm).orElseThrow().pausedBecause()).isEmpty();
  }
}
