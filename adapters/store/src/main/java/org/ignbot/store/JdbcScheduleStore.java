package org.ignbot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.ignbot.core.schedule.LetterFile;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Publication;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleStore;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.schedule.StoredLetter;
import org.ignbot.core.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The schedule, each meeting's history and the imported letters in the database ({@code V2}
 * tables), shared by every instance on it.
 *
 * <p>Answers come from a snapshot held in memory, so {@link #current()} costs no query most of the
 * time. The {@code schedule_state} row carries a version that every publication raises; at most
 * once per {@code refreshInterval} a reader compares it with the snapshot's (one primary-key read)
 * and loads the schedule again when another instance has published. Publishing locks that row, so
 * publications from any number of instances happen one after the other, and one worked out against
 * an older version is refused, writing nothing.
 */
public final class JdbcScheduleStore implements ScheduleStore {
  private static final Logger log = LoggerFactory.getLogger(JdbcScheduleStore.class);

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final TransactionTemplate snapshots;
  private final Clock clock;
  private final Duration refreshInterval;
  private final Object refreshing = new Object();
  private volatile Snapshot snapshot;
  private volatile Instant checked;
  private final ThreadPoolExecutor refresher =
      new ThreadPoolExecutor(
          0,
          1,
          30,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          task -> {
            Thread thread = new Thread(task, "schedule-refresh");
            thread.setDaemon(true);
            return thread;
          },
          new ThreadPoolExecutor.DiscardPolicy());

  /** The schedule as one version of the database holds it. */
  private record Snapshot(Schedule schedule, long version) {}

  /**
   * Loads the schedule now: fails with {@link StoreUnavailableException} when the database cannot
   * answer.
   *
   * @param refreshInterval how stale a snapshot may get before the version is checked again; zero
   *     checks on every {@link #current()}
   */
  public JdbcScheduleStore(DataSource dataSource, Clock clock, Duration refreshInterval) {
    this.jdbc = JdbcClient.create(dataSource);
    DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource);
    this.transactions = new TransactionTemplate(manager);
    // One consistent view of every table while loading, whatever is published meanwhile.
    this.snapshots = new TransactionTemplate(manager);
    snapshots.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    snapshots.setReadOnly(true);
    this.clock = Objects.requireNonNull(clock);
    if (refreshInterval.isNegative()) {
      throw new IllegalArgumentException("a refresh interval is not negative: " + refreshInterval);
    }
    this.refreshInterval = refreshInterval;
    this.snapshot = Jdbc.read(this::load);
    this.checked = clock.instant();
  }

  /**
   * Publishes {@code initial} as the first schedule when the database has never had one: true when
   * it did, false (nothing written) when a schedule was already published, by this instance or
   * another.
   */
  public boolean seedIfEmpty(Schedule initial) {
    Snapshot held = snapshot;
    if (held.version() != 0) {
      return false;
    }
    return publish(new Publication(held.schedule(), initial, List.of(), Optional.empty()));
  }

  /** The version of the schedule held now: 0 before anything was published. */
  public long version() {
    current();
    return snapshot.version();
  }

  /**
   * The schedule held. Once the refresh interval has passed, the version is checked in the
   * background, so that no question waits on the database (a database that is down makes a
   * connection wait for its pool's timeout); with an interval of zero, on every call, before
   * answering.
   */
  @Override
  public Schedule current() {
    Snapshot held = snapshot;
    if (clock.instant().isBefore(checked.plus(refreshInterval))) {
      return held.schedule();
    }
    if (refreshInterval.isZero()) {
      refresh();
      return snapshot.schedule();
    }
    // At most one check at a time: while one runs, further calls are not queued.
    refresher.execute(this::refresh);
    return held.schedule();
  }

  /**
   * Checks the version in the database before answering (one primary-key read), and loads the
   * schedule when another instance has published; fails with {@link StoreUnavailableException} when
   * the database cannot answer, rather than answer from a snapshot that may be stale.
   */
  @Override
  public Schedule committed() {
    long version = Jdbc.read(this::databaseVersion);
    if (version != snapshot.version()) {
      replace(Jdbc.read(this::load));
    }
    return snapshot.schedule();
  }

  private void refresh() {
    synchronized (refreshing) {
      Instant now = clock.instant();
      if (!refreshInterval.isZero() && now.isBefore(checked.plus(refreshInterval))) {
        return;
      }
      try {
        long version = Jdbc.read(this::databaseVersion);
        if (version != snapshot.version()) {
          replace(Jdbc.read(this::load));
        }
      } catch (StoreUnavailableException e) {
        // Answers go on from the schedule held; the next check tries again.
        log.warn(
            "Cannot check the schedule's version; answering from the one held: {}",
            e.getCause().toString());
      }
      checked = now;
    }
  }

  @Override
  public boolean publish(Publication publication) {
    Snapshot held = snapshot;
    if (publication.basis() != held.schedule()) {
      return false;
    }
    long next = held.version() + 1;
    boolean published =
        Jdbc.write(
            () ->
                Boolean.TRUE.equals(
                    transactions.execute(
                        status -> {
                          long version =
                              jdbc.sql("select version from schedule_state where id = 1 for update")
                                  .query(Long.class)
                                  .single();
                          if (version != held.version()) {
                            return false;
                          }
                          write(held.schedule(), publication, next);
                          return true;
                        })));
    if (published) {
      replace(new Snapshot(publication.next(), next));
    } else {
      // Another instance published: load its schedule so that the changes can be worked out again.
      replace(Jdbc.read(this::load));
    }
    return published;
  }

  @Override
  public List<MeetingChange> history(String meetingId) {
    return Jdbc.read(
        () ->
            jdbc.sql(
                    "select kind, before_meeting, after_meeting, fields, source from"
                        + " meeting_change where meeting_id = ? order by id")
                .param(meetingId)
                .query((rs, row) -> change(rs))
                .list());
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

  @Override
  public Optional<StoredLetter> letter(String sourceId) {
    return Jdbc.read(
        () ->
            jdbc.sql(
                    "select source_id, file_name, sha256, letter_text, imported_at, letter_file"
                        + " from letter where source_id = ?")
                .param(sourceId)
                .query(
                    (rs, row) ->
                        new StoredLetter(
                            rs.getString("source_id"),
                            rs.getString("file_name"),
                            rs.getString("sha256"),
                            rs.getString("letter_text"),
                            Jdbc.instant(rs.getObject("imported_at", OffsetDateTime.class)),
                            Optional.ofNullable(rs.getBytes("letter_file")).map(LetterFile::new)))
                .optional());
  }

  /** Keeps the newer of two snapshots: a slow reload never undoes a publication seen since. */
  private void replace(Snapshot loaded) {
    synchronized (refreshing) {
      if (loaded.version() > snapshot.version()) {
        snapshot = loaded;
      }
      checked = clock.instant();
    }
  }

  private long databaseVersion() {
    return jdbc.sql("select version from schedule_state where id = 1").query(Long.class).single();
  }

  private Snapshot load() {
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
          return new Snapshot(new Schedule(meetings), version);
        });
  }

  private void write(Schedule basis, Publication publication, long version) {
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
