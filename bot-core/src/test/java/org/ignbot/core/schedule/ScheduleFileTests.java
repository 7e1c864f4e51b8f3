package org.ignbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.ignbot.core.text.DataFileException;
import org.ignbot.core.time.VenueTime;
import org.junit.jupiter.api.Test;

class ScheduleFileTests {
  private static final String SOURCES =
      """
      sources:
        letter:
          title: Co-Chairs' letter
          date: 2025-02-12
          signatories: [Tareq Albanai]
          notes: [A note on the letter]
      """;

  @Test
  void readsEveryFieldOfAMeeting() {
    Schedule schedule =
        ScheduleFile.parse(
            SOURCES
                + """
                meetings:
                  - id: 2025-02-20
                    title: 3rd IGN Plenary
                    date: 2025-02-20
                    sittings: ["10:00-13:00", "15:00-18:00 spill-over"]
                    venue: Trusteeship Council Chamber
                    topics:
                      - Categories of membership
                      - text: Presentation of the model by Italy
                        presenter: Italy
                    clusters: [categories, size-methods]
                    notes: [Closed second segment]
                    revision: 2
                    updated: 2025-02-13T09:00:00Z
                    source: letter
                """,
            "test.yml");
    Meeting meeting = schedule.byId("2025-02-20").orElseThrow();
    assertThat(meeting.session()).isEqualTo(79);
    assertThat(meeting.title()).isEqualTo("3rd IGN Plenary");
    assertThat(meeting.sittings())
        .extracting(Sitting::start, Sitting::spillOver)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ZonedDateTime.of(2025, 2, 20, 10, 0, 0, 0, VenueTime.ZONE), false),
            org.assertj.core.groups.Tuple.tuple(
                ZonedDateTime.of(2025, 2, 20, 15, 0, 0, 0, VenueTime.ZONE), true));
    assertThat(meeting.venue()).contains("Trusteeship Council Chamber");
    assertThat(meeting.topics())
        .containsExactly(
            Topic.of("Categories of membership"),
            new Topic("Presentation of the model by Italy", Optional.of("Italy")));
    assertThat(meeting.clustersInOrder()).containsExactly(Cluster.CATEGORIES, Cluster.SIZE_METHODS);
    assertThat(meeting.notes()).containsExactly("Closed second segment");
    assertThat(meeting.revision()).isEqualTo(2);
    assertThat(meeting.updated()).isPresent();
    assertThat(meeting.source().date()).contains(LocalDate.of(2025, 2, 12));
    assertThat(meeting.source().signatories()).containsExactly("Tareq Albanai");
  }

  @Test
  void aMeetingWithoutSittingsIsDateOnlyWithoutVenue() {
    Schedule schedule =
        ScheduleFile.parse(
            SOURCES
                + "meetings:\n  - {id: debate, title: GA debate, date: 2024-11-11, source: letter}\n",
            "test.yml");
    Meeting debate = schedule.byId("debate").orElseThrow();
    assertThat(debate.isDateOnly()).isTrue();
    assertThat(debate.venue()).isEmpty();
  }

  @Test
  void namesTheMeetingAndFieldOfAMistake() {
    assertThatThrownBy(
            () ->
                ScheduleFile.parse(
                    SOURCES
                        + "meetings:\n  - {id: m1, title: T, date: 2024-11-19, sittings: [\"10:00-25:00\"], source: letter}\n",
                    "test.yml"))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("test.yml: meeting m1:")
        .hasMessageContaining("10:00-25:00");
  }

  @Test
  void namesTheDateFieldOfADayThatDoesNotExist() {
    assertThatThrownBy(
            () ->
                ScheduleFile.parse(
                    SOURCES
                        + "meetings:\n  - {id: m1, title: T, date: 2024-11-31, source: letter}\n",
                    "test.yml"))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "test.yml: meeting m1: field date: \"2024-11-31\" is not a day of the calendar (write"
                + " it YYYY-MM-DD)");
  }

  @Test
  void rejectsAnUnknownCluster() {
    assertThatThrownBy(
            () ->
                ScheduleFile.parse(
                    SOURCES
                        + "meetings:\n  - {id: m1, title: T, date: 2024-11-19, clusters: [vetoes], source: letter}\n",
                    "test.yml"))
        .hasMessageContaining("unknown cluster 'vetoes'")
        .hasMessageContaining("size-methods");
  }

  @Test
  void rejectsAMeetingWhoseSourceIsNotListed() {
    assertThatThrownBy(
            () ->
                ScheduleFile.parse(
                    SOURCES
                        + "meetings:\n  - {id: m1, title: T, date: 2024-11-19, source: other}\n",
                    "f"))
        .hasMessageContaining("no source 'other'");
  }

  @Test
  void rejectsAMissingDateAndBrokenYaml() {
    assertThatThrownBy(
            () ->
                ScheduleFile.parse(
                    SOURCES + "meetings:\n  - {id: m1, title: T, source: letter}\n", "f"))
        .hasMessageContaining("'date' is missing");
    assertThatThrownBy(() -> ScheduleFile.parse("meetings: [", "f"))
        .hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> ScheduleFile.parse("just text", "f"))
        .hasMessageContaining("expected 'sources:'");
  }
}
