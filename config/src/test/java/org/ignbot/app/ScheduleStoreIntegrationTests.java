package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.MeetingDiff;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Publication;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.SchedulePublisher;
import org.ignbot.core.schedule.ScheduleStore;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.schedule.StoredLetter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The schedule lives in the database: what is published survives a restart, with its history and
 * its letter, and instances on one database see each other's publications.
 */
class ScheduleStoreIntegrationTests {
  private static final String POSTGRES = TestPostgres.URL;
  private static final Source LETTER =
      new Source(
          "letter-2024-11-18",
          "Co-Chairs' letter",
          Optional.empty(),
          List.of("Tareq Albanai"),
          List.of());

  private static ConfigurableApplicationContext start(String url, String... extra) {
    List<String> args = new ArrayList<>();
    // Arguments, not default properties: they override the tests' own random database.
    args.add("--spring.datasource.url=" + url);
    args.add(
        "--spring.datasource.username=" + (url.startsWith("jdbc:postgresql") ? "postgres" : "sa"));
    args.add("--ign.terminal.enabled=false");
    args.add("--ign.reminders.enabled=false");
    args.addAll(List.of(extra));
    return new SpringApplicationBuilder(IgnBotApplication.class)
        .web(WebApplicationType.NONE)
        .run(args.toArray(String[]::new));
  }

  private static SchedulePublisher publisher(ConfigurableApplicationContext context) {
    return context.getBean(SchedulePublisher.class);
  }

  private static ScheduleStore store(ConfigurableApplicationContext context) {
    return context.getBean(ScheduleStore.class);
  }

  /** Cancels a meeting on the authority of {@link #LETTER}, kept with its text. */
  private static Publication cancelling(Schedule basis, String id) {
    Meeting before = basis.byId(id).orElseThrow();
    Meeting after =
        new Meeting(
            before.id(),
            before.session(),
            before.title(),
            before.date(),
            before.sittings(),
            before.venue(),
            before.topics(),
            before.clusters(),
            before.notes(),
            MeetingStatus.CANCELLED,
            before.revision() + 1,
            Optional.of(Instant.parse("2024-11-18T17:00:00Z")),
            LETTER);
    MeetingChange change =
        new MeetingChange(
            MeetingChange.Kind.CANCELLED,
            Optional.of(before),
            after,
            MeetingDiff.between(before, after),
            LETTER);
    List<Meeting> meetings =
        basis.all().stream().map(meeting -> meeting.id().equals(id) ? after : meeting).toList();
    StoredLetter letter =
        new StoredLetter(
            LETTER.id(),
            "letter.txt",
            "1".repeat(64),
            "The meeting of " + id + " will not take place.",
            Instant.parse("2024-11-18T17:00:00Z"));
    return new Publication(basis, new Schedule(meetings), List.of(change), Optional.of(letter));
  }

  @Test
  void aPublishedChangeItsHistoryAndItsLetterSurviveARestart() {
    String url = "jdbc:h2:mem:restart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Publication publication;
    try (ConfigurableApplicationContext first = start(url)) {
      publication = cancelling(store(first).current(), "2024-11-21");
      assertThat(publisher(first).publish(publication)).isTrue();
    }

    try (ConfigurableApplicationContext second = start(url)) {
      ScheduleStore store = store(second);
      assertThat(store.current().byId("2024-11-21").orElseThrow().isCancelled()).isTrue();
      assertThat(store.current().all()).isEqualTo(publication.next().all());
      assertThat(store.history("2024-11-21")).containsExactlyElementsOf(publication.changes());
      assertThat(store.letter(LETTER.id())).isEqualTo(publication.letter());
    }
  }

  @Test
  void theScheduleFileSeedsOnlyAnEmptyDatabaseUnlessReseedIsAsked() {
    String url = "jdbc:h2:mem:reseed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (ConfigurableApplicationContext first = start(url)) {
      publisher(first).publish(cancelling(store(first).current(), "2024-11-21"));
    }
    try (ConfigurableApplicationContext again = start(url)) {
      assertThat(store(again).current().byId("2024-11-21").orElseThrow().isCancelled()).isTrue();
    }

    try (ConfigurableApplicationContext reseeded = start(url, "--ign.schedule.reseed=true")) {
      ScheduleStore store = store(reseeded);
      assertThat(store.current().byId("2024-11-21").orElseThrow().isCancelled()).isFalse();
      assertThat(store.history("2024-11-21")).hasSize(1);
      assertThat(store.letter(LETTER.id())).isPresent();
    }
  }

  @Test
  void twoInstancesOnOnePostgresDatabaseSeeEachOthersPublications() {
    String schema = TestPostgres.schema();
    String url = POSTGRES + "?currentSchema=" + schema;
    try (ConfigurableApplicationContext one = start(url, "--ign.schedule.refresh-interval=0s");
        ConfigurableApplicationContext two = start(url, "--ign.schedule.refresh-interval=0s")) {
      assertThat(store(two).current().all()).isEqualTo(store(one).current().all());

      assertThat(publisher(one).publish(cancelling(store(one).current(), "2024-11-21"))).isTrue();
      assertThat(store(two).current().byId("2024-11-21").orElseThrow().isCancelled()).isTrue();
      assertThat(store(two).history("2024-11-21")).hasSize(1);

      assertThat(publisher(two).publish(cancelling(store(two).current(), "2024-11-19"))).isTrue();
      assertThat(store(one).current().byId("2024-11-19").orElseThrow().isCancelled()).isTrue();
    } finally {
      TestPostgres.drop(schema);
    }
  }
}
