package org.ignbot.core.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.ignbot.core.text.InvalidInputException;
import org.junit.jupiter.api.Test;

class LeadTimesTests {

  @Test
  void readsSeveralLeadTimesLongestFirst() {
    assertThat(LeadTimes.parse("15m 1d 1h"))
        .containsExactly(Duration.ofDays(1), Duration.ofHours(1), Duration.ofMinutes(15));
  }

  @Test
  void readsANumberAndAUnitSeparatedBySpace() {
    assertThat(LeadTimes.parse("30 min")).containsExactly(Duration.ofMinutes(30));
    assertThat(LeadTimes.parse("2 hours, 1 day"))
        .containsExactly(Duration.ofDays(1), Duration.ofHours(2));
  }

  @Test
  void readsACompoundLeadTimeAsOne() {
    assertThat(LeadTimes.parse("1h30m")).containsExactly(Duration.ofMinutes(90));
  }

  @Test
  void dropsRepeats() {
    assertThat(LeadTimes.parse("1h 60m")).containsExactly(Duration.ofHours(1));
  }

  @Test
  void refusesLeadTimesOutOfRange() {
    assertThatThrownBy(() -> LeadTimes.parse("4m"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("from 5 minutes to 14 days");
    assertThatThrownBy(() -> LeadTimes.parse("15d"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("out of range");
  }

  @Test
  void refusesMoreThanFive() {
    assertThatThrownBy(() -> LeadTimes.parse("5m 10m 15m 20m 25m 30m"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at most 5");
  }

  @Test
  void refusesWordsThatAreNoLeadTime() {
    assertThatThrownBy(() -> LeadTimes.parse("soon"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("\"soon\" is not a lead time — try `1d 1h 15m`, `2h` or `30 min`.");
    assertThatThrownBy(() -> LeadTimes.parse("3 fortnights"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void formatsForPeopleAndStoresAsMinutes() {
    List<Duration> leads = List.of(Duration.ofDays(1), Duration.ofMinutes(75));
    assertThat(LeadTimes.formatAll(leads)).isEqualTo("1 day and 1 h 15 min");
    assertThat(LeadTimes.fromMinutes(LeadTimes.toMinutes(leads))).isEqualTo(leads);
  }
}
