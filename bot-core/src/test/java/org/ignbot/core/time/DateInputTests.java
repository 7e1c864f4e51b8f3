package org.ignbot.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.ignbot.core.text.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTests {
  /** A Monday. */
  private static final LocalDate TODAY = LocalDate.of(2024, 11, 18);

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "21 Nov, 2024-11-21",
    "21 november 2024, 2024-11-21",
    "21st November, 2024-11-21",
    "Nov 21, 2024-11-21",
    "'November 21, 2025', 2025-11-21",
    "2024-11-21, 2024-11-21",
    "2024-3-9, 2024-03-09",
    "today, 2024-11-18",
    "Tomorrow, 2024-11-19",
    "yesterday, 2024-11-17",
    "monday, 2024-11-18",
    "thursday, 2024-11-21",
    "Sun, 2024-11-24",
    "3 Jan, 2025-01-03",
    "1 Jun, 2025-06-01",
    "15 apr, 2025-04-15",
    "1 Aug, 2024-08-01",
  })
  void readsTheDatesPeopleType(String text, LocalDate expected) {
    assertThat(DateInput.parse(text, TODAY)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"31 Feb", "30 february 2024", "2024-13-01", "2024-02-30", "0 Nov", "32 Dec"})
  void saysAnImpossibleDateIsNotADate(String text) {
    assertThatThrownBy(() -> DateInput.parse(text, TODAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "\""
                + text
                + "\" is not a date — try \"21 Nov\", \"2024-11-21\", \"tomorrow\" or \"monday\".");
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "21 Smarch", "mo", "next week", "۲۱ نوفمبر"})
  void saysWhatWouldWorkForTextThatIsNoDate(String text) {
    assertThatThrownBy(() -> DateInput.parse(text, TODAY)).hasMessageContaining("try \"21 Nov\"");
  }

  @org.junit.jupiter.api.Test
  void asksWhichDayForNothing() {
    assertThatThrownBy(() -> DateInput.parse("  ", TODAY)).hasMessageStartingWith("Which day?");
  }

  @org.junit.jupiter.api.Test
  void takesTwentyNinthOfFebruaryInTheNearestLeapYear() {
    assertThat(DateInput.parse("29 Feb", LocalDate.of(2027, 12, 1)))
        .isEqualTo(LocalDate.of(2028, 2, 29));
    assertThatThrownBy(() -> DateInput.parse("29 Feb 2025", TODAY))
        .hasMessageContaining("is not a date");
  }
}
