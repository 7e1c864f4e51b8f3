package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Optional;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.knowledge.Fact;
import org.ignbot.core.knowledge.Knowledge;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.time.VenueTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The bundled schedule is the seed letter's, and the bundled facts all carry a source. */
@SpringBootTest(properties = "ign.clock.as-of=2024-11-18T12:00-05:00")
class BundledDataTests {
  @Autowired ScheduleRepository schedules;
  @Autowired Knowledge knowledge;
  @Autowired CommandEngine engine;

  @Test
  void holdsTheFourEventsOfTheSeedLetter() {
    assertThat(schedules.current().all())
        .extracting(Meeting::id)
        .containsExactly("2024-10-02", "2024-11-11", "2024-11-19", "2024-11-21");
  }

  @Test
  void theNineteenthIsAPlenaryOnCategoriesAndCrossRegionalRepresentation() {
    Meeting meeting = schedules.current().byId("2024-11-19").orElseThrow();
    assertThat(meeting.title()).isEqualTo("1st IGN Plenary");
    assertThat(meeting.session()).isEqualTo(79);
    assertThat(meeting.sittings())
        .extracting(Sitting::start, Sitting::end, Sitting::spillOver)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(at(19, 10), at(19, 13), false),
            org.assertj.core.groups.Tuple.tuple(at(19, 15), at(19, 18), false));
    assertThat(meeting.venue()).contains("Trusteeship Council Chamber");
    assertThat(meeting.clustersInOrder()).containsExactly(Cluster.values());
    assertThat(meeting.source().signatories()).containsExactly("Alexander (Co-Chair)");
    assertThat(meeting.source().notes())
        .singleElement()
        .asString()
        .contains("78th session")
        .contains("79th");
  }

  @Test
  void theTwentyFirstDiscussesTheLiechtensteinModelWithASpillOverAfternoon() {
    Meeting meeting = schedules.current().byId("2024-11-21").orElseThrow();
    assertThat(meeting.sittings()).extracting(Sitting::spillOver).containsExactly(false, true);
    assertThat(meeting.topics().get(0).presenter()).contains("Liechtenstein");
  }

  @Test
  void relatedEventsHaveNoInventedTimeOrVenue() {
    for (String id : new String[] {"2024-10-02", "2024-11-11"}) {
      Meeting meeting = schedules.current().byId(id).orElseThrow();
      assertThat(meeting.isDateOnly()).as(id).isTrue();
      assertThat(meeting.venue()).as(id).isEqualTo(Optional.empty());
    }
  }

  @Test
  void everyFactHasASource() {
    assertThat(knowledge.facts())
        .hasSizeGreaterThanOrEqualTo(10)
        .allSatisfy(fact -> assertThat(fact.source()).isNotBlank());
    assertThat(knowledge.facts())
        .extracting(Fact::key)
        .contains("ign", "veto", "g4", "ufc", "pact", "african-group");
    assertThat(knowledge.coChairs(79)).isPresent();
  }

  @Test
  void everyClusterHasAFact() {
    for (Cluster cluster : Cluster.values()) {
      assertThat(knowledge.find(cluster.key())).as(cluster.key()).isPresent();
    }
  }

  @Test
  void theClockStartsAtAsOf() {
    assertThat(engine.handle(org.ignbot.core.command.Asker.terminalOperator(), "next").meetings())
        .extracting(view -> view.meeting().id())
        .containsExactly("2024-11-19");
  }

  private static ZonedDateTime at(int day, int hour) {
    return ZonedDateTime.of(2024, 11, day, hour, 0, 0, 0, VenueTime.ZONE);
  }
}
