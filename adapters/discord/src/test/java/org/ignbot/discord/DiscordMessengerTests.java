package org.ignbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.ignbot.core.digest.Digest;
import org.ignbot.core.digest.DigestFixtures;
import org.ignbot.core.digest.DigestPeriod;
import org.ignbot.core.digest.Frequency;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.ActionRequest;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.MeetingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The messenger port on real JDA against the fake Discord: DMs, channel posts and failures. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordMessengerTests {
  private static final String DELEGATE = "700000000000000042";
  private static final String CLOSED = "700000000000000043";
  private static final String BUSY = "700000000000000044";
  private static final String DIGEST_READER = "700000000000000071";

  @RegisterExtension static final ConnectedBot CONNECTED = new ConnectedBot();

  private static FakeDiscord discord() {
    return CONNECTED.discord();
  }

  private static DiscordBot bot() {
    return CONNECTED.bot();
  }

  @Test
  void reminderGoesByDirectMessageWithTheMeetingEmbedAndItsButtons() {
    DeliveryResult result = bot().messenger().send(dm(DELEGATE), reminder());

    assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
    FakeDiscord.Call open =
        discord().awaitCall("POST", "/users/@me/channels", c -> c.body().contains(DELEGATE));
    assertThat(open.json().getString("recipient_id")).isEqualTo(DELEGATE);
    DataObject message =
        discord().awaitCall("POST", "/channels/1" + DELEGATE.substring(1) + "/messages").json();
    assertThat(message.getArray("embeds").getObject(0).getString("title"))
        .isEqualTo("Reminder: in 1 hour");
    assertThat(message.getArray("embeds").getObject(1).getString("title"))
        .isEqualTo("1st IGN plenary meeting");
    assertThat(message.toString()).contains("ign|" + Payloads.GUILD + "|ics 2024-11-19");
  }

  @Test
  void aReminderSentAgainWithItsKeyAfterALostAnswerIsNotDoubled() {
    String user = "700000000000000091"; // a user no other test writes to: the fake keeps every call
    String key = "remind:plenary/2024-11-19T15:00Z/60/abc";

    DeliveryResult first = bot().messenger().send(dm(user), reminder(), key);
    DeliveryResult again = bot().messenger().send(dm(user), reminder(), key);

    String channel = "/channels/1" + user.substring(1) + "/messages";
    assertThat(discord().calls("POST", channel))
        .hasSize(2)
        .allSatisfy(
            call -> {
              assertThat(call.json().getString("nonce")).isEqualTo(DiscordMessenger.nonce(key, 0));
              assertThat(call.json().getBoolean("enforce_nonce")).isTrue();
            });
    assertThat(again).isEqualTo(first);
  }

  @Test
  void aPostAnsweredAfterOkHttpsDefaultTenSecondsStillCountsAsDelivered() {
    // The runner's send time-out (30 s by default) is the one in force, not the HTTP client's.
    String user = "700000000000000047";
    bot().messenger().send(dm(user), reminder()); // opens the direct-message channel
    discord().answerLate("POST", "/channels/\\d+/messages", Duration.ofSeconds(11));

    assertThat(bot().messenger().send(dm(user), reminder(), "remind:late"))
        .isInstanceOf(DeliveryResult.Delivered.class);
    // One post each: the late one was waited for, not timed out and sent again.
    assertThat(discord().calls("POST", "/channels/1" + user.substring(1) + "/messages")).hasSize(2);
  }

  @Test
  void aSecondReminderToTheSameUserReusesTheirDirectMessageChannel() {
    String user = "700000000000000045";
    bot().messenger().send(dm(user), reminder());
    bot().messenger().send(dm(user), reminder());

    assertThat(
            discord().calls("POST", "/users/@me/channels").stream()
                .filter(c -> c.body().contains(user)))
        .hasSize(1);
    assertThat(discord().calls("POST", "/channels/1" + user.substring(1) + "/messages")).hasSize(2);
  }

  @Test
  void channelSubscriptionsArePostedInTheChannel() {
    DeliveryResult result =
        bot()
            .messenger()
            .send(
                new Recipient("discord", Payloads.GUILD, Recipient.Kind.CHANNEL, Payloads.CHANNEL),
                reminder());

    assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(
            discord()
                .awaitCall("POST", "/channels/" + Payloads.CHANNEL + "/messages")
                .json()
                .getArray("embeds")
                .length())
        .isEqualTo(2);
  }

  @Test
  void closedDirectMessagesAreRefusedForGood() {
    discord()
        .failNext(
            "POST",
            "/channels/1" + CLOSED.substring(1) + "/messages",
            403,
            Map.of(),
            "{\"message\": \"Cannot send messages to this user\", \"code\": 50007}");

    DeliveryResult result = bot().messenger().send(dm(CLOSED), reminder());

    assertThat(result).isEqualTo(new DeliveryResult.Refused("Cannot send messages to this user"));
  }

  @Test
  void rateLimitAsksToRetryAfterDiscordsDelay() {
    discord()
        .failNext(
            "POST",
            "/channels/1" + BUSY.substring(1) + "/messages",
            429,
            Map.of("Retry-After", "5", "Via", "1.1 google", "X-RateLimit-Scope", "user"),
            "{\"message\": \"You are being rate limited.\", \"retry_after\": 5.0, \"global\": false}");

    DeliveryResult result = bot().messenger().send(dm(BUSY), reminder());

    assertThat(result)
        .isEqualTo(new DeliveryResult.RetryLater(Duration.ofSeconds(5), "Discord rate limit"));
  }

  @Test
  void aChannelTheBotCannotSeeIsRefused() {
    DeliveryResult result =
        bot()
            .messenger()
            .send(
                new Recipient("discord", Payloads.GUILD, Recipient.Kind.CHANNEL, "123"),
                reminder());

    assertThat(result).isInstanceOf(DeliveryResult.Refused.class);
  }

  @Test
  void mentionsInLetterTextPingNobody() {
    String channel = "700000000000000046";
    Reply notice =
        Reply.ok()
            .title("Changed: @everyone")
            .line("@here <@&700000000000000001> <@700000000000000002> see the new room")
            .build();

    bot().messenger().send(dm(channel), notice);

    DataObject message =
        discord().awaitCall("POST", "/channels/1" + channel.substring(1) + "/messages").json();
    DataObject allowed = message.getObject("allowed_mentions");
    assertThat(allowed.getArray("parse").isEmpty()).isTrue();
    assertThat(allowed.opt("users").map(Object::toString).orElse("[]")).isEqualTo("[]");
    assertThat(allowed.opt("roles").map(Object::toString).orElse("[]")).isEqualTo("[]");
  }

  @Test
  void digestGoesByDirectMessageWithAnEmbedPerMeetingInEachReadersZone() {
    Recipient dm = dm(DIGEST_READER);
    DigestPeriod week =
        DigestPeriod.latest(
            Frequency.WEEKLY, DigestFixtures.vienna("2026-10-26T08:00"), DigestFixtures.VIENNA);

    DeliveryResult result =
        bot()
            .messenger()
            .send(
                dm,
                Digest.compose(week, DigestFixtures.scheduleWithChanges()).orElseThrow(),
                week.key(dm));

    assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
    DataObject message =
        discord()
            .awaitCall("POST", "/channels/1" + DIGEST_READER.substring(1) + "/messages")
            .json();
    DataArray embeds = message.getArray("embeds");
    assertThat(embeds.getObject(0).getString("title"))
        .isEqualTo("The week ahead, Mon 26 Oct 2026 to Sun 1 Nov 2026 (Vienna): 2 meetings");
    assertThat(embeds.getObject(0).getString("description"))
        .contains("• Added: Informal dialogue of Thursday 29 October 2026")
        .contains("• Cancelled: 5th IGN meeting");
    assertThat(embeds.getObject(1).getString("title")).isEqualTo("4th IGN meeting");
    // 27 October 10:00 New York is 14:00 UTC: Discord shows it in each reader's own zone.
    assertThat(embeds.getObject(1).toString())
        .contains("10:00–13:00 New York")
        .contains("<t:1793109600:F>");
    assertThat(embeds.getObject(2).getString("title")).isEqualTo("Informal dialogue");
    assertThat(message.toString()).contains("digest off");
  }

  private static Recipient dm(String user) {
    return new Recipient("discord", Payloads.GUILD, Recipient.Kind.DIRECT_MESSAGE, user);
  }

  private static Reply reminder() {
    return Reply.ok()
        .title("Reminder: in 1 hour")
        .card(
            TestBot.meeting(
                "2024-11-19",
                LocalDate.of(2024, 11, 19),
                "Trusteeship Council Chamber",
                MeetingStatus.SCHEDULED))
        .action(
            "Add to calendar", ActionRequest.of(ActionRequest.Kind.MEETING_CALENDAR, "2024-11-19"))
        .build();
  }
}
