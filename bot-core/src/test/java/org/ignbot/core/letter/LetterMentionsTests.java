package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.schedule.Cluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stage 2: the mentions in letter text — times, dates, rooms, clusters and each date's role. */
class LetterMentionsTests {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "10 a.m.-1 p.m. and 3 p.m.-6 p.m.     | 10:00-13:00 15:00-18:00",
        "from 10 am to 1 pm and from 3 to 6 pm | 10:00-13:00 15:00-18:00",
        "between 9.30 and 12.30 p.m.          | 09:30-12:30",
        "from 10 a.m. to 12 noon              | 10:00-12:00",
        "from 10 a.m. until noon              | 10:00-12:00",
        "10.00 - 13.00 and 15.00 - 18.00      | 10:00-13:00 15:00-18:00",
        "15:00 to 17:30                       | 15:00-17:30",
        "10:00 a.m. to 1:00 p.m.              | 10:00-13:00",
        "10 a.m.1 p.m. and 36 p.m.            | 10:00-13:00 15:00-18:00",
        "10 a.m. 1 p.m.                       | 10:00-13:00",
        "11 a.m.1 p.m. .......... Room        | 11:00-13:00",
        "from 4 to 6 p.m.                     | 16:00-18:00",
        "9 to 11.30 am                        | 09:00-11:30",
        "1000-1300 hrs and 1500-1800 hrs      | 10:00-13:00 15:00-18:00",
        "from 10 to 1 and from 3 to 6         | 10:00-13:00 15:00-18:00",
      })
  void timesAreReadInEveryClockWithTheMeridiemSharedAndLostDashesRestored(
      String text, String expected) {
    List<String> warnings = new ArrayList<>();

    List<SittingTimes.Range> ranges = SittingTimes.find(text, warnings);

    assertThat(String.join(" ", ranges.stream().map(r -> r.start() + "-" + r.end()).toList()))
        .isEqualTo(expected);
    assertThat(warnings).isEmpty();
  }

  @Test
  void aDateWithAWeekdayAndADayInAnotherMonthAreNotTimes() {
    assertThat(SittingTimes.find("on Monday, 9 and 10 March 2026", new ArrayList<>())).isEmpty();
    assertThat(SittingTimes.find("from 28 February to 2 March", new ArrayList<>())).isEmpty();
    assertThat(SittingTimes.find("from 9 to 11 March 2027", new ArrayList<>())).isEmpty();
    assertThat(SittingTimes.find("between 2026 and 2027", new ArrayList<>())).isEmpty();
  }

  @Test
  void rangesAcrossMonthsAndListsOfDaysGiveEveryDay() {
    assertThat(days("The meetings run from 28 February to 2 March 2028.", 2028))
        .containsExactly(
            LocalDate.parse("2028-02-28"),
            LocalDate.parse("2028-02-29"),
            LocalDate.parse("2028-03-01"),
            LocalDate.parse("2028-03-02"));
    assertThat(days("on 9 and 10 March", 2026))
        .containsExactly(LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-10"));
    assertThat(days("on Tuesday, March 3, 2026", 2026))
        .containsExactly(LocalDate.parse("2026-03-03"));
  }

  @Test
  void aRangeBetweenTwoTimesNextToADateCellIsNotADate() {
    assertThat(
            LetterDates.find("11:00-13:00 and 15:00 - 18:00\t15 February 2028", new ArrayList<>()))
        .singleElement()
        .satisfies(mention -> assertThat(mention.days()).containsExactly(15));
  }

  @Test
  void yearlessDatesInAProgrammeSentInDecemberAreNextYears() {
    Years years =
        new Years(Optional.of(LocalDate.parse("2026-12-18")), List.of(), new ArrayList<>());

    DateMention january = LetterDates.find("Thursday, 21 January", new ArrayList<>()).get(0);
    DateMention december = LetterDates.find("15 December", new ArrayList<>()).get(0);

    assertThat(years.days(january)).containsExactly(LocalDate.parse("2027-01-21"));
    assertThat(years.days(december)).containsExactly(LocalDate.parse("2026-12-15"));
  }

  @Test
  void aYearless29FebruaryTakesTheNextLeapYearAndOneInAnotherYearIsNoDate() {
    List<String> warnings = new ArrayList<>();
    Years years = new Years(Optional.of(LocalDate.parse("2027-12-01")), List.of(), warnings);

    DateMention leap = LetterDates.find("Tuesday, 29 February", new ArrayList<>()).get(0);
    DateMention notLeap = LetterDates.find("29 February 2027", new ArrayList<>()).get(0);

    assertThat(years.days(leap)).containsExactly(LocalDate.parse("2028-02-29"));
    assertThat(years.days(notLeap)).isEmpty();
    assertThat(warnings).containsExactly("\"29 February 2027\" is not a date; left out.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "will focus on regional representation                      | REGIONAL",
        "on categories of membership                                | CATEGORIES",
        "to exchange views on the veto                              | VETO",
        "the size of an enlarged Security Council and the working methods | SIZE_METHODS",
        "the relationship between the Council and the General Assembly | RELATIONSHIP",
        "will take up equitable geographical representation         | REGIONAL",
      })
  void clustersAreFoundInTheWordsLettersUse(String text, Cluster cluster) {
    assertThat(ClusterMentions.in(text)).containsExactly(cluster);
  }

  @Test
  void theFiveClustersTogetherAreAllFiveAndTheIgnsTitleIsNone() {
    assertThat(ClusterMentions.in("will address the five clusters in a holistic manner"))
        .containsExactlyInAnyOrder(Cluster.values());
    assertThat(ClusterMentions.in("a discussion covering all five clusters"))
        .containsExactlyInAnyOrder(Cluster.values());
    assertThat(
            ClusterMentions.in(
                "Co-Chairs of the Intergovernmental Negotiations on the question of equitable"
                    + " representation on and increase in the membership of the Security Council"
                    + " and other matters related to the Council"))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "in the ECOSOC Chamber                  | Economic and Social Council Chamber",
        "in the Economic and Social Council     | Economic and Social Council Chamber",
        "in Conference Room 12                  | Conference Room 12",
        "in CR 4                                | Conference Room 4",
        "in the GA Hall                         | General Assembly Hall",
        "in the Trusteeship Council             | Trusteeship Council Chamber",
      })
  void roomsAreNamedByTheirFullNames(String text, String room) {
    assertThat(Venues.find(text)).map(Venues.Found::name).contains(room);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "With reference to our letter dated 3 May 2027, we write again. | REFERENCE",
        "Further to our communication of 3 May 2027, we write again.   | REFERENCE",
        "The meeting initially planned for 3 May 2027 will move.        | ORIGINAL",
        "It will be held instead of 3 May 2027 on another day.          | ORIGINAL",
        "The first meeting, which took place on 3 May 2027, was lively. | HELD",
      })
  void theWordsBeforeADateGiveItsRole(String sentence, DateRole role) {
    DateMention mention = LetterDates.find(sentence, new ArrayList<>()).get(0);

    assertThat(DateRoles.before(sentence, mention)).contains(role);
  }

  @Test
  void aConvenedDateHasNoRoleFromTheWordsBeforeIt() {
    String sentence = "We will convene the meeting on 3 May 2027 in Conference Room 2.";
    DateMention mention = LetterDates.find(sentence, new ArrayList<>()).get(0);

    assertThat(DateRoles.before(sentence, mention)).isEmpty();
  }

  @Test
  void eMailHeaderLinesAreToldFromTheLetter() {
    assertThat(EmailHeaders.isHeader("Sent: Thursday, 4 March 2027 09:12")).isTrue();
    assertThat(EmailHeaders.datesTheMail("Date: 4 March 2027 at 14:52")).isTrue();
    assertThat(EmailHeaders.isHeader("-----Original Message-----")).isTrue();
    assertThat(EmailHeaders.isHeader("Subject: IGN informal meeting")).isTrue();
    assertThat(EmailHeaders.isHeader("Date of meeting: 4 March")).isFalse();
    assertThat(EmailHeaders.isHeader("The meeting will be held on 4 March 2027.")).isFalse();
  }

  private static List<LocalDate> days(String text, int year) {
    DateMention mention = LetterDates.find(text, new ArrayList<>()).get(0);
    return mention.year().isPresent() ? mention.in(mention.year().get()) : mention.in(year);
  }
}
