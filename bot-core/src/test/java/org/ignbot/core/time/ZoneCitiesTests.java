package org.ignbot.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.util.TimeZone;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.ignbot.core.text.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** City names as delegates type them find their zone: every UN Member State's capital and more. */
class ZoneCitiesTests {

  @Test
  void everyCapitalOfAMemberStateFindsAZoneOfItsCountry() throws IOException {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    try (InputStream in = getClass().getResourceAsStream("/zones/un-capitals.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        String country = fields[1];
        String capital = fields[2];
        checked++;
        try {
          ZoneId zone = ZoneInput.parse(capital);
          if (!country.equals(TimeZone.getRegion(zone.getId()))) {
            wrong.add(capital + " (" + country + ") -> " + zone);
          }
        } catch (InvalidInputException e) {
          wrong.add(capital + " (" + country + "): " + e.getMessage());
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(193);
    assertThat(wrong).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "Geneva, Europe/Zurich",
    "New Delhi, Asia/Kolkata",
    "Delhi, Asia/Kolkata",
    "Mumbai, Asia/Kolkata",
    "Beijing, Asia/Shanghai",
    "Washington, America/New_York",
    "Brasilia, America/Sao_Paulo",
    "Brasília, America/Sao_Paulo",
    "sao paulo, America/Sao_Paulo",
    "São Paulo, America/Sao_Paulo",
    "Yaounde, Africa/Douala",
    "reykjavík, Atlantic/Reykjavik",
    "Kolkata, Asia/Kolkata",
    "Vienna, Europe/Vienna"
  })
  void findsCitiesWithOrWithoutAccents(String city, String zone) {
    assertThat(ZoneInput.parse(city)).isEqualTo(ZoneId.of(zone));
  }

  @Test
  void suggestsTheNearestCityForAMisspeltOne() {
    assertThatThrownBy(() -> ZoneInput.parse("Genva"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("did you mean Geneva?");
    assertThatThrownBy(() -> ZoneInput.parse("Nw Delhi"))
        .hasMessageContaining("did you mean New Delhi?");
  }

  @Test
  void readsOffsetsWrittenTheUsualWays() {
    assertThat(ZoneInput.parse("UTC+2")).hasToString("+02:00");
    assertThat(ZoneInput.parse("GMT+5:30")).hasToString("+05:30");
    assertThat(ZoneInput.isFixedOffset(ZoneInput.parse("UTC+2"))).isTrue();
    assertThat(ZoneInput.isFixedOffset(ZoneInput.parse("Vienna"))).isFalse();
  }
}
