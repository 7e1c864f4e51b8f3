package org.ignbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ignbot.core.Fixtures.instant;
import static org.ignbot.core.Fixtures.meeting;
import static org.ignbot.core.Fixtures.plenary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.ignbot.core.Fixtures.Builder;
import org.junit.jupiter.api.Test;

class ScheduleTests {
  private final Meeting october = plenary("2024-10-15", Cluster.VETO);
  private final Meeting cancelled =
      meeting("2024-11-05").cancelled().clusters(Cluster.VETO).build();
  private final Meeting november = plenary("2024-11-19", Cluster.CATEGORIES, Cluster.REGIONAL);
  private final Meeting december =
      meeting("2024-12-03")
          .topic("Model discussion (revised model by Liechtenstein)")
          .clusters(Cluster.VETO)
          .build();
  private final Schedule schedule = new Schedule(List.of(december, november, cancelled, october));

  @Test
  void keepsMeetingsInTimeOrder() {
    assertThat(schedule.all()).containsExactly(october, cancelled, november, december);
  }

  @Test
  void nextSkipsCancelledMeetings() {
    assertThat(schedule.next(instant("2024-11-01T12:00-04:00"))).contains(november);
  }

  @Test
  void nextIncludesAMeetingUnderWay() {
    assertThat(schedule.next(instant("2024-11-19T16:00-05:00"))).contains(november);
  }

  @Test
  void nextIsEmptyAfterTheLastSittingEnds() {
    assertThat(schedule.next(instant("2024-12-03T18:00-05:00"))).isEmpty();
    assertThat(schedule.lastHeld(instant("2024-12-03T18:00-05:00"))).contains(december);
  }

  @Test
  void upcomingListsAtMostTheCountAsked() {
    assertThat(schedule.upcoming(instant("2024-10-01T00:00Z"), 2))
        .containsExactly(october, november);
  }

  @Test
  void lastHeldIgnoresCancelledAndUnfinishedMeetings() {
    assertThat(schedule.lastHeld(instant("2024-11-19T12:00-05:00"))).contains(october);
  }

  @Test
  void nextFindsAMeetingThatStartedEarlierAndEndsLaterThanAShorterOne() {
    Meeting allDay = meeting("2024-11-20").id("all-day").dateOnly().build();
    Meeting morning = meeting("2024-11-20").id("morning").sitting("10:00", "13:00").build();
    Schedule nested = new Schedule(List.of(morning, allDay));

    assertThat(nested.next(instant("2024-11-20T14:00-05:00"))).contains(allDay);
    assertThat(nested.upcoming(instant("2024-11-20T14:00-05:00"), 5)).containsExactly(allDay);
    assertThat(nested.lastHeld(instant("2024-11-20T14:00-05:00"))).contains(morning);
  }

  @Test
  void indexedQueriesAgreeWithAScanOfEveryMeetingAtEveryMoment() {
    Random random = new Random(20241119);
    for (int round = 0; round < 200; round++) {
      List<Meeting> meetings = new ArrayList<>();
      LocalDate day = LocalDate.parse("2024-10-01");
      for (int i = 0; i < random.nextInt(12); i++) {
        day = day.plusDays(random.nextInt(3));
        Builder builder = meeting(day.toString()).id("m" + i);
        switch (random.nextInt(4)) {
          case 0 -> builder.dateOnly();
          case 1 -> builder.sitting("10:00", "13:00");
          case 2 -> builder.sitting("15:00", "18:00");
          default -> {}
        }
        if (random.nextInt(5) == 0) {
          builder.cancelled();
        }
        meetings.add(builder.build());
      }
      Schedule indexed = new Schedule(meetings);
      for (int hour = 0; hour < 24 * 40; hour += 1 + random.nextInt(7)) {
        Instant now = instant("2024-10-01T00:00-04:00").plusSeconds(hour * 3600L);
        List<Meeting> notOver =
            indexed.all().stream()
                .filter(m -> !m.isCancelled() && m.endsAt().isAfter(now))
                .toList();
        List<Meeting> over =
            indexed.all().stream()
                .filter(m -> !m.isCancelled() && !m.endsAt().isAfter(now))
                .toList();
        assertThat(indexed.next(now)).isEqualTo(notOver.stream().findFirst());
        assertThat(indexed.upcoming(now, 3)).isEqualTo(notOver.stream().limit(3).toList());
        assertThat(indexed.lastHeld(now))
            .isEqualTo(over.isEmpty() ? Optional.empty() : Optional.of(over.get(over.size() - 1)));
      }
    }
  }

  @Test
  void onReturnsTheMeetingsOfThatNewYorkDay() {
    assertThat(schedule.on(LocalDate.parse("2024-11-05"))).containsExactly(cancelled);
    assertThat(schedule.on(LocalDate.parse("2024-11-06"))).isEmpty();
  }

  @Test
  void clusterQueriesListUpcomingFirstThenMostRecentPast() {
    Meeting laterVeto = plenary("2025-01-10", Cluster.VETO);
    Schedule withMore = new Schedule(List.of(october, cancelled, december, laterVeto));
    assertThat(withMore.onCluster(Cluster.VETO, instant("2024-11-20T00:00Z")))
        .containsExactly(december, laterVeto, cancelled, october);
  }

  @Test
  void wordQueriesMatchTopicsWhateverTheCaseAndOrder() {
    assertThat(schedule.matching("liechtenstein MODEL", instant("2024-11-20T00:00Z")))
        .containsExactly(december);
    assertThat(schedule.matching("Austria", instant("2024-11-20T00:00Z"))).isEmpty();
  }

  @Test
  void findsMeetingsByIdIgnoringCaseAndSpaces() {
    assertThat(schedule.byId(" 2024-11-19 ")).contains(november);
    assertThat(schedule.byId("2024-11-20")).isEmpty();
  }

  @Test
  void suggestsTheClosestIds() {
    assertThat(schedule.idsLike("2024-11-18", 1)).containsExactly("2024-11-19");
  }

  @Test
  void rejectsTwoMeetingsWithOneId() {
    assertThatThrownBy(() -> new Schedule(List.of(november, plenary("2024-11-19"))))
        .hasMessageContaining("2024-11-19");
  }
}
