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

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "31 Feb | In \"31 Feb\", the day 31 does not exist: February has 29 days.",
        "30 february 2024 | In \"30 february 2024\", the day 30 does not exist: February 2024 has"
            + " 29 days.",
        "2024-13-01 | In \"2024-13-01\", 13 is not a month (1 to 12).",
        "2024-02-30 | In \"2024-02-30\", the day 30 does not exist: February 2024 has 29 days.",
        "0 Nov | In \"0 Nov\", the day 0 does not exist: November has 30 days.",
        "32 Dec | In \"32 Dec\", the day 32 does not exist: December has 31 days.",
        "19/13 | In \"19/13\", 13 is not a month: I read the day first, as in 19/11 for 19"
            + " November.",
        "Monday 19 November | Tuesday 19 November 2024 is a Tuesday, not a Monday — which day did"
            + " you mean?",
      })
  void namesThePartOfAnImpossibleDateThatIsWrong(String text, String message) {
    assertThatThrownBy(() -> DateInput.parse(text, TODAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "19/11, 2024-11-19",
    "19.11.2024, 2024-11-19",
    "19.11., 2024-11-19",
    "3/1/2025, 2025-01-03",
    "next monday, 2024-11-25",
    "next tuesday, 2024-11-19",
    "Tuesday 19 November, 2024-11-19",
    "'Tue, 19 Nov 2024', 2024-11-19",
    "Thursday 21st of November, 2024-11-21",
  })
  void readsTheOtherWaysDelegatesWriteADate(String text, LocalDate expected) {
    assertThat(DateInput.parse(text, TODAY)).isEqualTo(expected);
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
    assertThat(DateInput.parse("29 Feb", LocalDate.of(2024, 1, 10)))
        .isEqualTo(LocalDate.of(2024, 2, 29));
    assertThatThrownBy(() -> DateInput.parse("29 Feb 2025", TODAY))
        .hasMessageContaining("February 2025 has 28 days");
    assertThatThrownBy(() -> DateInput.parse("29 Feb", TODAY))
        .hasMessage(
            "29 February comes only in leap years, and none falls near today — add the year,"
                + " e.g. \"29 Feb 2028\".");
  }
}
