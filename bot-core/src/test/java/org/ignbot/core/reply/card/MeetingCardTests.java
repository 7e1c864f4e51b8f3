package org.ignbot.core.reply.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.Fixtures.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.Fixtures;
import org.ignbot.core.reply.card.CardField.Kind;
import org.ignbot.core.reply.card.CardField.Text;
import org.ignbot.core.reply.card.CardField.TimeRange;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.FieldChange;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.schedule.Topic;
import org.junit.jupiter.api.Test;

class MeetingCardTests {
  private static final Source ADMIN =
      new Source("admin-1", "Correction by an admin", Optional.empty(), List.of(), List.of());

  private static Text text(MeetingCard card, Kind kind) {
    return card.fields().stream()
        .filter(field -> field.kind() == kind)
        .map(Text.class::cast)
        .findFirst()
        .orElseThrow();
  }

  private static List<Kind> kinds(MeetingCard card) {
    return card.fields().stream().map(CardField::kind).toList();
  }

  @Test
  void aPlenaryShowsItsSittingsVenueTopicsClustersNotesSourceAndIdInThatOrder() {
    Meeting plenary =
        meeting("2024-11-19")
            .topic("Categories of membership")
            .clusters(Cluster.REGIONAL, Cluster.CATEGORIES)
            .note("The afternoon is a closed segment.")
            .build();

    MeetingCard card = MeetingCard.of(plenary);

    assertThat(card.title()).isEqualTo("IGN Plenary");
    assertThat(card.day()).isEqualTo(LocalDate.of(2024, 11, 19));
    assertThat(card.isCancelled()).isFalse();
    assertThat(kinds(card))
        .containsExactly(
            Kind.SITTING,
            Kind.SITTING,
            Kind.VENUE,
            Kind.TOPICS,
            Kind.CLUSTERS,
            Kind.NOTE,
            Kind.SOURCE,
            Kind.ID);
    assertThat(text(card, Kind.VENUE).value())
        .isEqualTo("Trusteeship Council Chamber, UN Headquarters");
    assertThat(text(card, Kind.CLUSTERS).values())
        .containsExactly("Categories of membership", "Regional representation");
    assertThat(text(card, Kind.CLUSTERS).joined("\n"))
        .isEqualTo("Categories of membership\nRegional representation");
    assertThat(text(card, Kind.SOURCE).value())
        .isEqualTo(
            "Co-Chairs' letter of 28 October 2024, signed Tareq Albanai, Alexander Marschik");
    assertThat(text(card, Kind.ID).value()).isEqualTo("2024-11-19");
  }

  @Test
  void sittingsAreTimeRangesNumberedInTheirMeetingWithTheirSpillOver() {
    Meeting meeting =
        meeting("2024-11-21").sitting("10:00", "13:00").spillOver("15:00", "18:00").build();

    List<TimeRange> ranges =
        MeetingCard.of(meeting).fields().stream()
            .filter(TimeRange.class::isInstance)
            .map(TimeRange.class::cast)
            .toList();

    assertThat(ranges).extracting(TimeRange::number).containsExactly(1, 2);
    assertThat(ranges).extracting(TimeRange::count).containsExactly(2, 2);
    assertThat(ranges).extracting(TimeRange::label).containsExactly("Morning", "Afternoon");
    assertThat(ranges).extracting(TimeRange::spillOver).containsExactly(false, true);
    assertThat(ranges.get(1).sitting()).isEqualTo(meeting.sittings().get(1));
  }

  @Test
  void aMeetingAnnouncedByDateOnlySaysTimeAndVenueWereNotAnnounced() {
    MeetingCard card = MeetingCard.of(meeting("2024-12-03").dateOnly().build());

    assertThat(kinds(card)).startsWith(Kind.TIME, Kind.VENUE).doesNotContain(Kind.SITTING);
    assertThat(text(card, Kind.TIME).announced()).isFalse();
    assertThat(text(card, Kind.TIME).value()).isEqualTo("not announced in the letter");
    assertThat(text(card, Kind.VENUE).value()).isEqualTo(MeetingCard.NOT_ANNOUNCED);
  }

  @Test
  void theFullCardAddsTheSourcesNotesTheSessionAndTheRevisionBeforeTheId() {
    Meeting plain = Fixtures.plenary("2024-11-19");
    Meeting withNote =
        plain.revised(
            3,
            Fixtures.instant("2024-11-10T12:00:00Z"),
            new Source(
                "letter-2",
                "Co-Chairs' letter",
                Optional.empty(),
                List.of(),
                List.of("The letter gives no year.")));

    MeetingCard card = MeetingCard.full(withNote);

    assertThat(kinds(MeetingCard.of(withNote)))
        .doesNotContain(Kind.SOURCE_NOTE, Kind.SESSION, Kind.REVISION);
    assertThat(kinds(card))
        .endsWith(Kind.SOURCE, Kind.SOURCE_NOTE, Kind.SESSION, Kind.REVISION, Kind.ID);
    assertThat(text(card, Kind.SOURCE_NOTE).value()).isEqualTo("The letter gives no year.");
    assertThat(text(card, Kind.SESSION).value()).isEqualTo("79th session of the General Assembly");
    assertThat(text(card, Kind.REVISION).value()).isEqualTo("3");
  }

  @Test
  void aCancelledMeetingGivesTheNoteThatSaysWhyAsItsReason() {
    Meeting cancelled =
        Fixtures.plenary("2024-11-26").cancelled("Cancelled by an admin: the room is needed.");

    MeetingCard.Cancellation cancellation = MeetingCard.of(cancelled).cancellation().orElseThrow();

    assertThat(cancellation.note()).hasValue("Cancelled by an admin: the room is needed.");
    assertThat(cancellation.shout()).isEqualTo("CANCELLED by an admin: the room is needed.");
    assertThat(
            MeetingCard.cancellation(
                    Fixtures.plenary("2024-11-26").cancelled("The room is needed; cancelled."))
                .orElseThrow()
                .shout())
        .isEqualTo("CANCELLED: The room is needed; cancelled.");
  }

  @Test
  void aCancellationWithoutANoteNamesTheSourceThatMadeItWhenTheHistoryIsKnown() {
    Meeting before = Fixtures.plenary("2024-11-26");
    Meeting after = meeting("2024-11-26").note("Spill-over if needed.").cancelled().build();
    MeetingChange cancelled =
        new MeetingChange(
            MeetingChange.Kind.CANCELLED, Optional.of(before), after, List.of(), ADMIN);

    MeetingCard.Cancellation withHistory =
        MeetingCard.of(after, List.of(cancelled)).cancellation().orElseThrow();
    MeetingCard.Cancellation without = MeetingCard.of(after).cancellation().orElseThrow();

    assertThat(withHistory.note()).isEmpty();
    assertThat(withHistory.reason())
        .hasValue("On the word of the Correction by an admin (undated).");
    assertThat(without.reason()).isEmpty();
    assertThat(without.shout()).isEqualTo("CANCELLED");
    assertThat(MeetingCard.of(before).cancellation()).isEmpty();
  }

  @Test
  void theHistoryAddsOneChangeFieldPerChangedFieldWithItsSourceBeforeTheNotes() {
    Meeting before = meeting("2024-11-19").sitting("15:00", "18:00").build();
    Meeting after = meeting("2024-11-19").note("Two sittings now.").build();
    MeetingChange added =
        new MeetingChange(MeetingChange.Kind.ADDED, Optional.empty(), before, List.of(), ADMIN);
    MeetingChange changed =
        new MeetingChange(
            MeetingChange.Kind.CHANGED,
            Optional.of(before),
            after,
            List.of(
                new FieldChange("time", "15:00–18:00", "10:00–13:00, 15:00–18:00"),
                new FieldChange("room", "Conference Room 4", "Trusteeship Council Chamber")),
            ADMIN);

    MeetingCard card = MeetingCard.of(after, List.of(added, changed));

    assertThat(card.fields().stream().filter(field -> field.kind() == Kind.CHANGE))
        .map(field -> ((Text) field).value())
        .containsExactly(
            "Time: was 15:00–18:00, now 10:00–13:00, 15:00–18:00 (Correction by an admin"
                + " (undated))",
            "Room: was Conference Room 4, now Trusteeship Council Chamber (Correction by an admin"
                + " (undated))");
    assertThat(kinds(card)).containsSubsequence(Kind.CHANGE, Kind.CHANGE, Kind.NOTE);
    assertThat(kinds(MeetingCard.of(after))).doesNotContain(Kind.CHANGE);
  }

  @Test
  void aTopicsPresenterIsAnAsideUnlessTheTopicAlreadyNamesIt() {
    Meeting plain = meeting("2024-11-19").build();
    Meeting meeting =
        new Meeting(
            plain.id(),
            plain.session(),
            plain.title(),
            plain.date(),
            plain.sittings(),
            plain.venue(),
            List.of(
                new Topic("The model of the African Group", Optional.of("Sierra Leone")),
                new Topic("Presentation by Liechtenstein", Optional.of("Liechtenstein")),
                Topic.of("Categories of membership")),
            plain.clusters(),
            plain.notes(),
            plain.status(),
            plain.revision(),
            plain.updated(),
            plain.source());

    Text topics = text(MeetingCard.of(meeting), Kind.TOPICS);

    assertThat(topics.asides()).containsExactly("presented by Sierra Leone", "", "");
    assertThat(topics.value())
        .isEqualTo(
            "The model of the African Group; Presentation by Liechtenstein;"
                + " Categories of membership");
  }

  @Test
  void runsGatherNeighbouringFieldsOfOneKind() {
    Meeting meeting = meeting("2024-11-19").note("One.").note("Two.").build();

    List<List<CardField>> runs = MeetingCard.of(meeting).runs();

    assertThat(runs)
        .extracting(run -> run.get(0).kind())
        .containsExactly(Kind.SITTING, Kind.VENUE, Kind.NOTE, Kind.SOURCE, Kind.ID);
    assertThat(runs.get(0)).hasSize(2);
    assertThat(runs.get(2)).hasSize(2);
  }
}
