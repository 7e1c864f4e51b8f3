package org.ignbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.Fixtures;
import org.ignbot.core.MutableClock;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.FieldChange;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.Publication;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleStore;
import org.ignbot.core.schedule.ScheduleStoreContract;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.schedule.StoredLetter;
import org.ignbot.core.schedule.Topic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The core's contract for a schedule store, and what only a database store does: keep everything
 * across restarts and share it between instances. Subclassed per database; each class has a fresh
 * database, emptied for each store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcScheduleStoreContract extends ScheduleStoreContract {
  private static final Instant START = Instant.parse("2024-11-18T17:00:00Z");

  private TestDatabase database;
  private final MutableClock clock = new MutableClock(START);

  abstract TestDatabase open();

  @BeforeAll
  void openDatabase() {
    database = open();
  }

  @AfterAll
  void closeDatabase() {
    database.close();
  }

  @Override
  protected ScheduleStore store(Schedule initial) {
    JdbcClient jdbc = JdbcClient.create(database.dataSource());
    for (String table :
        List.of("announcement", "meeting_change", "letter", "meeting", "schedule_source")) {
      jdbc.sql("delete from " + table).update();
    }
    jdbc.sql("update schedule_state set version = 0, updated_at = null").update();
    JdbcScheduleStore store = instance();
    assertThat(store.seedIfEmpty(initial)).isTrue();
    return store;
  }

  private JdbcScheduleStore instance() {
    return new JdbcScheduleStore(database.dataSource(), clock, Duration.ofSeconds(2));
  }

  private static Meeting everyField() {
    Meeting built =
        Fixtures.meeting("2025-03-04")
            .id("2025-03-04-models")
            .title("IGN: models")
            .sitting("10:00", "13:00")
            .spillOver("15:00", "18:00")
            .topic("Categories of membership")
            .clusters(Cluster.VETO, Cluster.CATEGORIES)
            .note("Interpretation in all six languages")
            .build();
    List<Topic> topics = new ArrayList<>(built.topics());
    topics.add(new Topic("Presentation of a model", Optional.of("Group of Four")));
    Source source =
        new Source(
            "letter-2025-02-12",
            "Co-Chairs' letter",
            Optional.empty(),
            List.of("Tareq Albanai", "Lise Gregoire-van Haaren"),
            List.of("The letter gives no date."));
    return new Meeting(
        built.id(),
        built.session(),
        built.title(),
        built.date(),
        built.sittings(),
        built.venue(),
        topics,
        built.clusters(),
        built.notes(),
        built.status(),
        3,
        Optional.of(Instant.parse("2025-02-12T15:30:00Z")),
        source);
  }

  private static Meeting withSource(Meeting m, Source source) {
    return new Meeting(
        m.id(),
        m.session(),
        m.title(),
        m.date(),
        m.sittings(),
        m.venue(),
        m.topics(),
        m.clusters(),
        m.notes(),
        m.status(),
        m.revision(),
        m.updated(),
        source);
  }

  private static Publication adding(Schedule basis, Meeting meeting, String letterText) {
    List<Meeting> meetings = new ArrayList<>(basis.all());
    meetings.add(meeting);
    MeetingChange change =
        new MeetingChange(
            MeetingChange.Kind.ADDED,
            Optional.empty(),
            meeting,
            List.of(new FieldChange("date", "", meeting.date().toString())),
            meeting.source());
    StoredLetter letter =
        new StoredLetter(meeting.source().id(), "letter.pdf", "a".repeat(64), letterText, START);
    return new Publication(basis, new Schedule(meetings), List.of(change), Optional.of(letter));
  }

  @Test
  void everyFieldOfAMeetingAndItsHistorySurviveARestart() {
    JdbcScheduleStore first = (JdbcScheduleStore) store(initial());
    Meeting meeting = everyField();
    Publication publication = adding(first.current(), meeting, "Text of the letter.");
    assertThat(first.publish(publication)).isTrue();

    JdbcScheduleStore restarted = instance();

    assertThat(restarted.current().all()).isEqualTo(first.current().all());
    assertThat(restarted.current().byId(meeting.id())).contains(meeting);
    assertThat(restarted.history(meeting.id())).containsExactlyElementsOf(publication.changes());
    assertThat(restarted.letter(meeting.source().id())).isEqualTo(publication.letter());
  }

  @Test
  void theSameLetterImportedTwiceKeepsTheFirstCopy() {
    ScheduleStore store = store(initial());
    Meeting meeting = everyField();
    store.publish(adding(store.current(), meeting, "First copy."));
    Schedule withoutIt =
        new Schedule(
            store.current().all().stream().filter(m -> !m.id().equals(meeting.id())).toList());
    Publication again = adding(withoutIt, meeting, "Second copy.");
    Publication onCurrent =
        new Publication(store.current(), again.next(), again.changes(), again.letter());

    assertThat(store.publish(onCurrent)).isTrue();

    assertThat(store.letter(meeting.source().id()).orElseThrow().text()).isEqualTo("First copy.");
  }

  @Test
  void anotherInstancesPublicationIsSeenOnceTheRefreshIntervalHasPassed() {
    JdbcScheduleStore one = (JdbcScheduleStore) store(initial());
    JdbcScheduleStore two = instance();
    Schedule before = two.current();

    assertThat(one.publish(adding(one.current(), everyField(), "Letter."))).isTrue();

    assertThat(two.current()).isSameAs(before);
    clock.advance(Duration.ofSeconds(2));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> two.current().byId(everyField().id()).equals(Optional.of(everyField())));
    assertThat(two.current()).isSameAs(two.current());
  }

  @Test
  void withTheDatabaseGoneAnswersComeFromTheScheduleHeld() {
    store(initial());
    var pool = database.newPool();
    JdbcScheduleStore store = new JdbcScheduleStore(pool, clock, Duration.ZERO);
    Schedule held = store.current();

    pool.close();
    clock.advance(Duration.ofSeconds(1));

    assertThat(store.current()).isSameAs(held);
    assertThat(store.current().all()).isEqualTo(initial().all());
  }

  @Test
  void aPublicationOnAScheduleAnotherInstanceReplacedIsRefusedAndWritesNothing() {
    JdbcScheduleStore one = (JdbcScheduleStore) store(initial());
    JdbcScheduleStore two = instance();
    Schedule stale = two.current();
    assertThat(one.publish(adding(one.current(), everyField(), "Letter."))).isTrue();
    Meeting other = Fixtures.meeting("2025-04-01").build();

    assertThat(two.publish(adding(stale, other, "Other letter."))).isFalse();

    assertThat(two.current().byId(other.id())).isEmpty();
    assertThat(two.current().byId(everyField().id())).isPresent();
    assertThat(instance().history(other.id())).isEmpty();
    assertThat(instance().letter(Fixtures.LETTER.id())).isEmpty();
  }

  @Test
  void aPublicationThatFailsHalfwayWritesNothing() {
    JdbcScheduleStore store = (JdbcScheduleStore) store(initial());
    long version = store.version();
    Source tooLong =
        new Source("x".repeat(300), "Co-Chairs' letter", Optional.empty(), List.of(), List.of());
    Meeting meeting = withSource(Fixtures.meeting("2025-04-01").build(), tooLong);
    Schedule basis = store.current();
    List<Meeting> meetings = new ArrayList<>(basis.all().subList(1, basis.all().size()));
    meetings.add(meeting);
    Publication failing =
        new Publication(basis, new Schedule(meetings), List.of(), Optional.empty());

    assertThatThrownBy(() -> store.publish(failing)).isInstanceOf(RuntimeException.class);

    JdbcScheduleStore restarted = instance();
    assertThat(restarted.version()).isEqualTo(version);
    assertThat(restarted.current().all()).isEqualTo(basis.all());
  }

  @Test
  void aDatabaseThatAlreadyHasAScheduleIsNotSeededAgain() {
    JdbcScheduleStore store = (JdbcScheduleStore) store(initial());

    assertThat(instance().seedIfEmpty(Schedule.empty())).isFalse();

    assertThat(instance().current().all()).isEqualTo(store.current().all());
  }
}
