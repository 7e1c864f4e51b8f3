package org.ignbot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.ignbot.core.schedule.LetterFile;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Publication;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.schedule.StoredLetter;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The schedule's tables as rows: reading a whole schedule in one consistent view, and writing what
 * a publication changed (meetings, sources, history, letter, announcement, version), for {@link
 * JdbcScheduleStore}.
 */
final class ScheduleTables {
  private final JdbcClient jdbc;
  private final TransactionTemplate snapshots;
  private final Clock clock;

  ScheduleTables(DataSource dataSource, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    // One consistent view of every table while loading, whatever is published meanwhile.
    this.snapshots = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    snapshots.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    snapshots.setReadOnly(true);
    this.clock = clock;
  }

  long databaseVersion() {
    return jdbc.sql("select version from schedule_state where id = 1").query(Long.class).single();
  }

  ScheduleSnapshots.Snapshot load() {
    return snapshots.execute(
        status -> {
          long version = databaseVersion();
          Map<String, Source> sources = new HashMap<>();
          jdbc.sql("select id, title, source_date, signatories, notes from schedule_source")
              .query(
                  rs -> {
                    Source source = source(rs);
                    sources.put(source.id(), source);
                  });
          List<Meeting> meetings =
              jdbc.sql("select * from meeting")
                  .query((rs, row) -> meeting(rs, sources.get(rs.getString("source_id"))))
                  .list();
          return new ScheduleSnapshots.Snapshot(new Schedule(meetings), version);
        });
  }

  void write(Schedule basis, Publication publication, long version) {
    Instant now = clock.instant();
    Map<String, Source> held = new HashMap<>();
    basis.all().forEach(meeting -> held.put(meeting.source().id(), meeting.source()));
    Map<String, Source> wanted = new LinkedHashMap<>();
    publication
        .next()
        .all()
        .forEach(meeting -> wanted.put(meeting.source().id(), meeting.source()));
    for (Source source : wanted.values()) {
      if (!source.equals(held.get(source.id()))) {
        saveSource(source);
      }
    }
    for (Meeting meeting : basis.all()) {
      if (publication.next().byId(meeting.id()).isEmpty()) {
        jdbc.sql("delete from meeting where id = ?").param(meeting.id()).update();
      }
    }
    for (Meeting meeting : publication.next().all()) {
      Optional<Meeting> before = basis.byId(meeting.id());
      if (before.isEmpty()) {
        insertMeeting(meeting);
      } else if (!before.get().equals(meeting)) {
        jdbc.sql("delete from meeting where id = ?").param(meeting.id()).update();
        insertMeeting(meeting);
      }
    }
    for (MeetingChange change : publication.changes()) {
      jdbc.sql(
              "insert into meeting_change (meeting_id, schedule_version, kind, before_meeting,"
                  + " after_meeting, fields, source) values (?, ?, ?, ?, ?, ?, ?)")
          .params(
              change.after().id(),
              version,
              change.kind().name(),
              change.before().map(ScheduleJson::meeting).orElse(null),
              ScheduleJson.meeting(change.after()),
              ScheduleJson.fields(change.fields()),
              ScheduleJson.source(change.source()))
          .update();
    }
    publication.letter().ifPresent(this::keepLetter);
    if (!publication.changes().isEmpty()) {
      // Committed with the changes, so that their notices cannot be lost (Announcements).
      jdbc.sql("insert into announcement (schedule_version, published_at) values (?, ?)")
          .params(version, Jdbc.timestamp(now))
          .update();
    }
    jdbc.sql("update schedule_state set version = ?, updated_at = ? where id = 1")
        .params(version, Jdbc.timestamp(now))
        .update();
  }

  /** The first import of a letter is kept; the same letter again changes nothing. */
  private void keepLetter(StoredLetter letter) {
    boolean known =
        jdbc.sql("select count(*) from letter where source_id = ?")
                .param(letter.sourceId())
                .query(Integer.class)
                .single()
            > 0;
    if (!known) {
      jdbc.sql(
              "insert into letter"
                  + " (source_id, file_name, sha256, letter_text, imported_at, letter_file)"
                  + " values (?, ?, ?, ?, ?, ?)")
          .params(
              letter.sourceId(),
              letter.fileName(),
              letter.sha256(),
              letter.text(),
              Jdbc.timestamp(letter.imported()),
              new SqlParameterValue(
                  Types.BINARY, letter.file().map(LetterFile::content).orElse(null)))
          .update();
    }
  }

  private void saveSource(Source source) {
    String signatories = ScheduleJson.strings(source.signatories());
    String notes = ScheduleJson.strings(source.notes());
    LocalDate date = source.date().orElse(null);
    int updated =
        jdbc.sql(
                "update schedule_source set title = ?, source_date = ?, signatories = ?, notes = ?"
                    + " where id = ?")
            .params(source.title(), date, signatories, notes, source.id())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into schedule_source (id, title, source_date, signatories, notes) values"
                  + " (?, ?, ?, ?, ?)")
          .params(source.id(), source.title(), date, signatories, notes)
          .update();
    }
  }

  private void insertMeeting(Meeting meeting) {
    jdbc.sql(
            "insert into meeting (id, session_number, title, meeting_date, venue, status,"
                + " revision, updated_at, source_id, clusters, sittings, topics, notes) values (?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            meeting.id(),
            meeting.session(),
            meeting.title(),
            meeting.date(),
            meeting.venue().orElse(null),
            meeting.status().name(),
            meeting.revision(),
            meeting.updated().map(Jdbc::timestamp).orElse(null),
            meeting.source().id(),
            ScheduleJson.clusters(meeting.clusters()),
            ScheduleJson.sittings(meeting.sittings()),
            ScheduleJson.topics(meeting.topics()),
            ScheduleJson.strings(meeting.notes()))
        .update();
  }

  private static Source source(ResultSet rs) throws SQLException {
    return new Source(
        rs.getString("id"),
        rs.getString("title"),
        Optional.ofNullable(rs.getObject("source_date", LocalDate.class)),
        ScheduleJson.strings(rs.getString("signatories")),
        ScheduleJson.strings(rs.getString("notes")));
  }

  /** One {@code meeting_change} row (kind, before_meeting, after_meeting, fields, source). */
  static MeetingChange change(ResultSet rs) throws SQLException {
    return new MeetingChange(
        MeetingChange.Kind.valueOf(rs.getString("kind")),
        Optional.ofNullable(rs.getString("before_meeting")).map(ScheduleJson::meeting),
        ScheduleJson.meeting(rs.getString("after_meeting")),
        ScheduleJson.fields(rs.getString("fields")),
        ScheduleJson.source(rs.getString("source")));
  }

  private static Meeting meeting(ResultSet rs, Source source) throws SQLException {
    return new Meeting(
        rs.getString("id"),
        rs.getInt("session_number"),
        rs.getString("title"),
        rs.getObject("meeting_date", LocalDate.class),
        ScheduleJson.sittings(rs.getString("sittings")),
        Optional.ofNullable(rs.getString("venue")),
        ScheduleJson.topics(rs.getString("topics")),
        ScheduleJson.clusters(rs.getString("clusters")),
        ScheduleJson.strings(rs.getString("notes")),
        MeetingStatus.valueOf(rs.getString("status")),
        rs.getInt("revision"),
        Optional.ofNullable(rs.getObject("updated_at", OffsetDateTime.class)).map(Jdbc::instant),
        source);
  }
}
