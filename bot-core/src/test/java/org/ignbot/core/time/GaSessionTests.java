package org.ignbot.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GaSessionTests {
  @Test
  void aSessionRunsFromSeptemberToAugust() {
    assertThat(GaSession.of(LocalDate.of(2024, 8, 31))).isEqualTo(78);
    assertThat(GaSession.of(LocalDate.of(2024, 9, 10))).isEqualTo(79);
    assertThat(GaSession.of(LocalDate.of(2025, 3, 1))).isEqualTo(79);
    assertThat(GaSession.of(LocalDate.of(2026, 11, 26))).isEqualTo(81);
  }

  @Test
  void writesOrdinals() {
    assertThat(GaSession.ordinal(79)).isEqualTo("79th");
    assertThat(GaSession.ordinal(81)).isEqualTo("81st");
    assertThat(GaSession.ordinal(82)).isEqualTo("82nd");
    assertThat(GaSession.ordinal(83)).isEqualTo("83rd");
    assertThat(GaSession.ordinal(111)).isEqualTo("111th");
  }
}
