package org.ignbot.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.ignbot.core.digest.Digest;
import org.ignbot.core.digest.DigestFixtures;
import org.ignbot.core.digest.DigestPeriod;
import org.ignbot.core.digest.Frequency;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.TextRenderer;
import org.junit.jupiter.api.Test;

/** The week-ahead digest as the terminal prints it (the example in docs/reminders.md). */
class ShellDigestTests {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final ShellMessenger messenger =
      new ShellMessenger(
          new PrintStream(printed, true, StandardCharsets.UTF_8), new TextRenderer());

  @Test
  void printsTheWeekAheadWithBothZonesAndTheChangesSinceTheLastDigest() {
    DigestPeriod week =
        DigestPeriod.latest(
            Frequency.WEEKLY, DigestFixtures.vienna("2026-10-26T08:00"), DigestFixtures.VIENNA);

    DeliveryResult result =
        messenger.send(
            new Recipient("shell", "local", Recipient.Kind.DIRECT_MESSAGE, "operator"),
            Digest.compose(week, DigestFixtures.scheduleWithChanges()).orElseThrow(),
            week.key(new Recipient("shell", "local", Recipient.Kind.DIRECT_MESSAGE, "operator")));

    assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
    String text = printed.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains(
            "[operator] The week ahead, Mon 26 Oct 2026 to Sun 1 Nov 2026 (Vienna): 2 meetings")
        .contains("• Added: Informal dialogue of Thursday 29 October 2026")
        .contains("Morning    10:00–13:00 New York · 15:00–18:00 Vienna")
        .contains("Next: Stop the digest (digest off)");
  }
}
