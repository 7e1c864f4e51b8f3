package org.ignbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ignbot.core.Fixtures.meeting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.ignbot.core.Fixtures;
import org.junit.jupiter.api.Test;

class MeetingTests {
  @Test
  void aDateOnlyMeetingLastsItsWholeNewYorkDay() {
    Meeting debate = meeting("2024-11-11").dateOnly().build();
    assertThat(debate.isDateOnly()).isTrue();
    assertThat(debate.startsAt()).isEqualTo(Fixtures.instant("2024-11-11T00:00-05:00"));
    assertThat(debate.endsAt()).isEqualTo(Fixtures.instant("2024-11-12T00:00-05:00"));
  }

  @Test
  void sittingsAreSortedByStart() {
    Meeting meeting =
        meeting("2024-11-19").sitting("15:00", "18:00").sitting("10:00", "13:00").build();
    assertThat(meeting.sittings().get(0).partOfDay()).isEqualTo("Morning");
    assertThat(meeting.sittings().get(1).partOfDay()).isEqualTo("Afternoon");
  }

  @Test
  void rejectsASittingOnAnotherDay() {
    Meeting template = meeting("2024-11-19").build();
    Sitting wrongDay = Fixtures.sitting(LocalDate.parse("2024-11-20"), "10:00", "13:00");
    assertThatThrownBy(
            () ->
                new Meeting(
                    template.id(),
                    79,
                    template.title(),
                    template.date(),
                    List.of(wrongDay),
                    template.venue(),
                    template.topics(),
                    template.clusters(),
                    template.notes(),
                    template.status(),
                    1,
                    template.updated(),
                    template.source()))
        .hasMessageContaining("another day");
  }

  @Test
  void aSittingIsHeldInNewYorkTime() {
    ZonedDateTime vienna = ZonedDateTime.of(2024, 11, 19, 16, 0, 0, 0, ZoneId.of("Europe/Vienna"));
    assertThatThrownBy(() -> new Sitting(vienna, vienna.plusHours(3), false))
        .hasMessageContaining("New York");
  }

  @Test
  void aSittingEndsAfterItStarts() {
    LocalDate day = LocalDate.parse("2024-11-19");
    assertThatThrownBy(() -> Fixtures.sitting(day, "13:00", "10:00"))
        .hasMessageContaining("ends after");
  }

  @Test
  void rejectsIdsPeopleCannotType() {
    assertThatThrownBy(() -> meeting("2024-11-19").id("Nov 19!").build())
        .hasMessageContaining("id");
  }
}
