package org.ignbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.Fixtures.meeting;
import static org.ignbot.core.digest.DigestFixtures.NEXT_TUESDAY;
import static org.ignbot.core.digest.DigestFixtures.VIENNA;
import static org.ignbot.core.digest.DigestFixtures.publish;
import static org.ignbot.core.digest.DigestFixtures.vienna;

import java.util.List;
import java.util.Optional;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.junit.jupiter.api.Test;

/** The digest of the week of Monday 26 October 2026 for a subscriber in Vienna. */
class DigestTests {
  private final TextRenderer renderer = new TextRenderer();

  private static DigestPeriod weekOf26October() {
    return DigestPeriod.latest(Frequency.WEEKLY, vienna("2026-10-26T08:00"), VIENNA);
  }

  private String text(Reply reply) {
    return renderer.render(reply);
  }

  @Test
  void weeklyDigestListsTheMeetingsOfTheWeekWithSittingsInNewYorkAndViennaTime() {
    String digest =
        text(Digest.compose(weekOf26October(), DigestFixtures.schedule()).orElseThrow());

    assertThat(digest)
        .startsWith("The week ahead, Mon 26 Oct 2026 to Sun 1 Nov 2026 (Vienna): 3 meetings")
        .contains("4th IGN meeting — Tuesday 27 October 2026")
        .contains("10:00–13:00 New York · 15:00–18:00 Vienna")
        .contains("Trusteeship Council Chamber, UN Headquarters")
        .contains("Categories of membership; Question of the veto")
        .contains("5th IGN meeting — Wednesday 28 October 2026")
        .contains("6th IGN meeting — Friday 30 October 2026")
        .doesNotContain("3rd IGN meeting")
        .doesNotContain("7th IGN meeting")
        .doesNotContain("Since the last digest");
    assertThat(digest.indexOf("4th IGN")).isLessThan(digest.indexOf("5th IGN"));
  }

  @Test
  void digestSaysWhatWasAddedMovedAndCancelledSinceTheLastOneWithTheLetter() {
    String digest =
        text(Digest.compose(weekOf26October(), DigestFixtures.scheduleWithChanges()).orElseThrow());

    assertThat(digest)
        .contains("Since the last digest:")
        .contains(
            "• Added: Informal dialogue of Thursday 29 October 2026 [2026-10-29] — Source:"
                + " Co-Chairs' letter of 21 October 2026, signed Tareq Albanai, Lise"
                + " Gregoire-van Haaren")
        .contains(
            "• Moved: 6th IGN meeting of Friday 30 October 2026 — date: was Friday 30 October"
                + " 2026, now Thursday 5 November 2026 — Source: Co-Chairs' letter of 21 October"
                + " 2026")
        .contains(
            "• Cancelled: 5th IGN meeting of Wednesday 28 October 2026 — note added:"
                + " Cancelled by the Co-Chairs")
        .contains("Informal dialogue — Thursday 29 October 2026")
        .doesNotContain("5th IGN meeting — Wednesday")
        .doesNotContain("6th IGN meeting — ");
    // The change of 15 October was in the digest of 19 October, not this one.
    assertThat(digest.lines().filter(line -> line.startsWith("• "))).hasSize(3);
    assertThat(digest.indexOf("Added:")).isLessThan(digest.indexOf("Moved:"));
  }

  @Test
  void changesToMeetingsAlreadyOverAreLeftOut() {
    Meeting past = meeting("2026-10-14").title("2nd IGN meeting").build();
    InMemoryScheduleRepository withPast =
        new InMemoryScheduleRepository(new Schedule(List.of(past)));
    publish(
        withPast,
        vienna("2026-10-20T10:00"),
        Optional.of(past),
        past.cancelled("Cancelled afterwards, for the record."));

    assertThat(Digest.compose(weekOf26October(), withPast)).isEmpty();
  }

  @Test
  void nothingIsSentWhenThereIsNothingToSay() {
    DigestPeriod quietWeek =
        DigestPeriod.latest(Frequency.WEEKLY, vienna("2026-11-09T09:00"), VIENNA);

    assertThat(Digest.compose(quietWeek, DigestFixtures.schedule())).isEmpty();
  }

  @Test
  void aChangeAloneIsWorthADigestEvenInAWeekWithoutMeetings() {
    InMemoryScheduleRepository schedules = DigestFixtures.schedule();
    publish(
        schedules,
        vienna("2026-11-04T10:00"),
        Optional.of(NEXT_TUESDAY),
        meeting("2026-11-17").id(NEXT_TUESDAY.id()).title(NEXT_TUESDAY.title()).build());

    String digest =
        text(
            Digest.compose(
                    DigestPeriod.latest(Frequency.WEEKLY, vienna("2026-11-09T09:00"), VIENNA),
                    schedules)
                .orElseThrow());

    assertThat(digest)
        .startsWith("The week ahead, Mon 9 Nov 2026 to Sun 15 Nov 2026 (Vienna): no meetings")
        .contains("• Moved: 7th IGN meeting of Tuesday 3 November 2026");
  }

  @Test
  void dailyDigestListsOnlyTheDayAhead() {
    DigestPeriod tuesday = DigestPeriod.latest(Frequency.DAILY, vienna("2026-10-27T08:00"), VIENNA);

    String digest = text(Digest.compose(tuesday, DigestFixtures.schedule()).orElseThrow());

    assertThat(digest)
        .startsWith("The day ahead, Tue 27 Oct 2026 (Vienna): 1 meeting")
        .contains("4th IGN meeting")
        .doesNotContain("5th IGN meeting");
  }
}
