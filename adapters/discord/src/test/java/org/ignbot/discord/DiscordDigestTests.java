package org.ignbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.ignbot.core.digest.Digest;
import org.ignbot.core.digest.DigestFixtures;
import org.ignbot.core.digest.DigestPeriod;
import org.ignbot.core.digest.Frequency;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Recipient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The week-ahead digest through the Discord messenger on real JDA against the fake Discord. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordDigestTests {
  private static final String DELEGATE = "700000000000000071";

  private FakeDiscord discord;
  private DiscordBot bot;

  @BeforeAll
  void start() throws Exception {
    discord = new FakeDiscord();
    bot = TestBot.connect(discord);
  }

  @AfterAll
  void stop() throws Exception {
    bot.close();
    discord.close();
  }

  @Test
  void digestGoesByDirectMessageWithAnEmbedPerMeetingInEachReadersZone() {
    Recipient dm =
        new Recipient("discord", Payloads.GUILD, Recipient.Kind.DIRECT_MESSAGE, DELEGATE);
    DigestPeriod week =
        DigestPeriod.latest(
            Frequency.WEEKLY, DigestFixtures.vienna("2026-10-26T08:00"), DigestFixtures.VIENNA);

    DeliveryResult result =
        bot.messenger()
            .send(
                dm,
                Digest.compose(week, DigestFixtures.scheduleWithChanges()).orElseThrow(),
                week.key(dm));

    assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
    DataObject message =
        discord.awaitCall("POST", "/channels/1" + DELEGATE.substring(1) + "/messages").json();
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
}
