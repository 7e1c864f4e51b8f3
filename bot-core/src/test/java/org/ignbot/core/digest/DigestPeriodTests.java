package org.ignbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.ignbot.core.notify.Recipient;
import org.junit.jupiter.api.Test;

class DigestPeriodTests {
  private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final Recipient DM =
      new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "U1");

  private static ZonedDateTime vienna(String local) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(local), VIENNA);
  }

  @Test
  void weeklyDigestIsDueAtEightOnMondayViennaTimeOnBothSidesOfTheEndOfSummerTime() {
    // Summer time ends on Sunday 25 October 2026: 08:00 is 06:00 UTC before, 07:00 UTC after.
    DigestPeriod before =
        DigestPeriod.latest(Frequency.WEEKLY, Instant.parse("2026-10-26T06:59:59Z"), VIENNA);
    DigestPeriod after =
        DigestPeriod.latest(Frequency.WEEKLY, Instant.parse("2026-10-26T07:00:00Z"), VIENNA);

    assertThat(before.atInstant()).isEqualTo(Instant.parse("2026-10-19T06:00:00Z"));
    assertThat(before.until().toInstant()).isEqualTo(Instant.parse("2026-10-26T07:00:00Z"));
    assertThat(after.atInstant()).isEqualTo(Instant.parse("2026-10-26T07:00:00Z"));
    assertThat(after.since()).isEqualTo(vienna("2026-10-19T08:00"));
    assertThat(after.until()).isEqualTo(vienna("2026-11-02T08:00"));
    assertThat(before.next()).isEqualTo(after);
  }

  @Test
  void dailyDigestIsDueOnWorkingDaysAndFridaysCoversTheWeekend() {
    Instant saturday = vienna("2026-10-24T12:00").toInstant();

    DigestPeriod friday = DigestPeriod.latest(Frequency.DAILY, saturday, VIENNA);

    assertThat(friday.at()).isEqualTo(vienna("2026-10-23T08:00"));
    assertThat(friday.since()).isEqualTo(vienna("2026-10-22T08:00"));
    assertThat(friday.until()).isEqualTo(vienna("2026-10-26T08:00"));
    assertThat(friday.next().since()).isEqualTo(friday.at());
  }

  @Test
  void beforeEightTheDigestDueIsTheDayBefores() {
    DigestPeriod period =
        DigestPeriod.latest(Frequency.DAILY, vienna("2026-10-27T07:59").toInstant(), VIENNA);

    assertThat(period.at()).isEqualTo(vienna("2026-10-26T08:00"));
  }

  @Test
  void keyNamesFrequencyDayAndRecipientAndKeepsTheDayWhenTheZoneChanges() {
    Instant mondayNoonVienna = vienna("2026-10-26T12:00").toInstant();
    DigestPeriod inVienna = DigestPeriod.latest(Frequency.WEEKLY, mondayNoonVienna, VIENNA);
    DigestPeriod inTokyo = DigestPeriod.latest(Frequency.WEEKLY, mondayNoonVienna, TOKYO);
    Recipient other = new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "U2");

    assertThat(inVienna.key(DM)).startsWith("digest:weekly:2026-10-26/");
    assertThat(inTokyo.key(DM)).isEqualTo(inVienna.key(DM));
    assertThat(inVienna.key(other)).isNotEqualTo(inVienna.key(DM));
    assertThat(DigestPeriod.latest(Frequency.DAILY, mondayNoonVienna, VIENNA).key(DM))
        .isNotEqualTo(inVienna.key(DM));
  }
}
