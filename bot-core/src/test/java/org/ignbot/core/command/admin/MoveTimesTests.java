package org.ignbot.core.command.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.ignbot.core.letter.SittingTimes;
import org.ignbot.core.text.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Times given on their own (a typed caller's option) are read as {@code move} reads them. */
class MoveTimesTests {
  @Test
  void rangesOnTheTwentyFourHourClockAreTheSittings() {
    assertThat(MoveTimes.parse("10:00-13:00 15:00-18:00"))
        .containsExactly(
            new SittingTimes.Range(LocalTime.of(10, 0), LocalTime.of(13, 0)),
            new SittingTimes.Range(LocalTime.of(15, 0), LocalTime.of(18, 0)));
  }

  @Test
  void wordsBesideTheTimesAreOneLineNotIgnored() {
    assertThatThrownBy(() -> MoveTimes.parse("10:00-13:00 cancel 2024-11-19"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "Give the times as ranges on the 24-hour clock, e.g. `10:00-13:00 15:00-18:00`.");
    assertThatThrownBy(() -> MoveTimes.parse("tomorrow")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void anHourPastTheClockIsNamed() {
    assertThatThrownBy(() -> MoveTimes.parse("25:00-26:00"))
        .hasMessageStartingWith("\"25:00\" is not a time");
  }
}
