package org.ignbot.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.ignbot.core.Fixtures;
import org.ignbot.core.schedule.Sitting;
import org.junit.jupiter.api.Test;

/**
 * New York and Europe change clocks on different Sundays: the US on the first Sunday of November
 * and the second Sunday of March, Europe on the last Sundays of October and March. A sitting stays
 * at its New York time; only the other zone's reading moves.
 */
class TimeFormatTests {
  private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

  @Test
  void theWeekBeforeNewYorkFallsBackViennaIsFiveHoursAhead() {
    Sitting sitting = Fixtures.sitting(LocalDate.of(2024, 10, 29), "10:00", "13:00");
    assertThat(TimeFormat.venueRange(sitting)).isEqualTo("10:00–13:00");
    assertThat(TimeFormat.rangeIn(sitting, VIENNA)).isEqualTo("15:00–18:00 Vienna");
  }

  @Test
  void theWeekAfterTheFirstSundayOfNovemberViennaIsSixHoursAhead() {
    Sitting sitting = Fixtures.sitting(LocalDate.of(2024, 11, 5), "10:00", "13:00");
    assertThat(TimeFormat.venueRange(sitting)).isEqualTo("10:00–13:00");
    assertThat(TimeFormat.rangeIn(sitting, VIENNA)).isEqualTo("16:00–19:00 Vienna");
    assertThat(sitting.startInstant()).isEqualTo(Fixtures.instant("2024-11-05T15:00Z"));
  }

  @Test
  void theWeekAfterTheSecondSundayOfMarchViennaIsFiveHoursAhead() {
    Sitting sitting = Fixtures.sitting(LocalDate.of(2025, 3, 11), "10:00", "13:00");
    assertThat(TimeFormat.rangeIn(sitting, VIENNA)).isEqualTo("15:00–18:00 Vienna");
    assertThat(sitting.startInstant()).isEqualTo(Fixtures.instant("2025-03-11T14:00Z"));
  }

  @Test
  void afterEuropeSpringsForwardViennaIsSixHoursAheadAgain() {
    Sitting sitting = Fixtures.sitting(LocalDate.of(2025, 4, 1), "15:00", "18:00");
    assertThat(TimeFormat.rangeIn(sitting, VIENNA))
        .isEqualTo("21:00–00:00 (ends Wed 2 Apr) Vienna");
  }

  @Test
  void showsTheDayWhenItIsNotTheNewYorkDay() {
    Sitting sitting = Fixtures.sitting(LocalDate.of(2024, 11, 19), "15:00", "18:00");
    assertThat(TimeFormat.rangeIn(sitting, ZoneId.of("Asia/Tokyo")))
        .isEqualTo("05:00–08:00 (Wed 20 Nov) Tokyo");
    assertThat(TimeFormat.rangeIn(sitting, ZoneId.of("Asia/Kolkata")))
        .isEqualTo("01:30–04:30 (Wed 20 Nov) Kolkata");
  }

  @Test
  void namesZonesByCity() {
    assertThat(TimeFormat.zoneName(VenueTime.ZONE)).isEqualTo("New York");
    assertThat(TimeFormat.zoneName(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("UTC+05:30");
    assertThat(TimeFormat.zoneName(ZoneId.of("America/Argentina/Buenos_Aires")))
        .isEqualTo("Buenos Aires");
  }

  @Test
  void writesDaysTheBritishWay() {
    assertThat(TimeFormat.longDay(LocalDate.of(2024, 11, 19)))
        .isEqualTo("Tuesday 19 November 2024");
    assertThat(TimeFormat.shortDay(LocalDate.of(2024, 11, 19))).isEqualTo("Tue 19 Nov 2024");
  }
}
