package org.ignbot.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZoneInputTests {
  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "Europe/Vienna, Europe/Vienna",
    "europe/vienna, Europe/Vienna",
    "Vienna, Europe/Vienna",
    "new york, America/New_York",
    "America/New_York, America/New_York",
    "Asia/Kolkata, Asia/Kolkata",
    "UTC, UTC",
    "São Paulo, America/Sao_Paulo",
  })
  void readsZonesByIdOrCity(String text, String expected) {
    assertThat(ZoneInput.parse(text)).isEqualTo(ZoneId.of(expected));
  }

  @Test
  void readsFixedOffsets() {
    assertThat(ZoneInput.parse("+05:30")).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(ZoneInput.parse("UTC-3")).isEqualTo(ZoneOffset.ofHours(-3));
  }

  @Test
  void saysWhatWouldWorkForAnUnknownZone() {
    assertThatThrownBy(() -> ZoneInput.parse("Mars/Olympus"))
        .hasMessage(
            "\"Mars/Olympus\" is not a time zone or city I know. Try a city like Geneva or New"
                + " Delhi, or a name like Europe/Vienna.");
    assertThatThrownBy(() -> ZoneInput.parse("+25:00")).hasMessageContaining("not a time zone");
    assertThatThrownBy(() -> ZoneInput.parse("")).hasMessageStartingWith("Which time zone?");
  }
}
