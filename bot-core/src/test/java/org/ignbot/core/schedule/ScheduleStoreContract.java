package org.ignbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ScheduleStore} does, whatever keeps it: subclass it with a store that starts
 * from {@link #initial()} (the in-memory one here; the database store in its own module, through
 * bot-core's test jar).
 */
public abstract class ScheduleStoreContract {
  /** A store whose current schedule holds {@link #initial()}'s meetings. */
  protected abstract ScheduleStore store(Schedule initial);

  protected static Schedule initial() {
    return new Schedule(List.of(Fixtures.plenary("2024-11-19"), Fixtures.plenary("2024-11-21")));
  }

  private static Publication cancelling(Schedule basis, String id) {
    Meeting before = basis.byId(id).orElseThrow();
    Meeting after = Fixtures.meeting(before.date().toString()).cancelled().build();
    Meeting revised =
        new Meeting(
            after.id(),
            after.session(),
            after.title(),
            after.date(),
            after.sittings(),
            after.venue(),
            after.topics(),
            after.clusters(),
            after.notes(),
            after.status(),
            before.revision() + 1,
            Optional.of(Instant.parse("2024-11-18T17:00:00Z")),
            after.source());
    MeetingChange change =
        new MeetingChange(
            MeetingChange.Kind.CANCELLED,
            Optional.of(before),
            revised,
            MeetingDiff.between(before, revised),
            Fixtures.LETTER);
    List<Meeting> meetings =
        basis.all().stream().map(meeting -> meeting.id().equals(id) ? revised : meeting).toList();
    StoredLetter letter =
        new StoredLetter(
            Fixtures.LETTER.id(),
            "letter.pdf",
            "0".repeat(64),
            "The meeting on 21 November 2024 will not take place.",
            Instant.parse("2024-11-18T17:00:00Z"));
    return new Publication(basis, new Schedule(meetings), List.of(change), Optional.of(letter));
  }

  @Test
  void publishingReplacesTheScheduleAndRecordsEachMeetingsHistory() {
    ScheduleStore store = store(initial());
    Publication publication = cancelling(store.current(), "2024-11-21");

    assertThat(store.publish(publication)).isTrue();

    assertThat(store.current().byId("2024-11-21").orElseThrow().isCancelled()).isTrue();
    assertThat(store.current().byId("2024-11-21").orElseThrow().revision()).isEqualTo(2);
    assertThat(store.history("2024-11-21")).containsExactlyElementsOf(publication.changes());
    assertThat(store.history("2024-11-19")).isEmpty();
  }

  @Test
  void theLetterBehindAPublicationIsKeptByItsSourceId() {
    ScheduleStore store = store(initial());
    Publication publication = cancelling(store.current(), "2024-11-21");

    store.publish(publication);

    assertThat(store.letter(Fixtures.LETTER.id())).isEqualTo(publication.letter());
    assertThat(store.letter("letter-unknown")).isEmpty();
  }

  @Test
  void theFileALetterCameInIsKeptWithIt() {
    ScheduleStore store = store(initial());
    Publication cancelling = cancelling(store.current(), "2024-11-21");
    byte[] pdf = "%PDF-1.7 the letter as sent".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Publication publication =
        new Publication(
            cancelling.basis(),
            cancelling.next(),
            cancelling.changes(),
            cancelling.letter().map(letter -> letter.withFile(pdf)));

    store.publish(publication);

    assertThat(store.letter(Fixtures.LETTER.id()).orElseThrow().file())
        .hasValueSatisfying(file -> assertThat(file.content()).isEqualTo(pdf));
  }

  @Test
  void aPublicationWorkedOutOnAnOlderScheduleIsRefusedAndWritesNothing() {
    ScheduleStore store = store(initial());
    Schedule basis = store.current();
    Publication first = cancelling(basis, "2024-11-21");
    Publication stale = cancelling(basis, "2024-11-19");
    store.publish(first);
    Schedule afterFirst = store.current();

    assertThat(store.publish(stale)).isFalse();

    assertThat(store.current().byId("2024-11-19").orElseThrow().isCancelled()).isFalse();
    assertThat(store.current().all()).isEqualTo(afterFirst.all());
    assertThat(store.history("2024-11-19")).isEmpty();
  }
}
