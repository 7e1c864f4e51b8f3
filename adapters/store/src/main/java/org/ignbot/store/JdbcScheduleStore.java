package org.ignbot.store;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.ignbot.core.schedule.LetterFile;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.Publication;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleStore;
import org.ignbot.core.schedule.StoredLetter;
import org.ignbot.core.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
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
  private final ScheduleTables tables;
  private final ScheduleSnapshots snapshots;

  /**
   * Loads the schedule now: fails with {@link StoreUnavailableException} when the database cannot
   * answer.
   *
   * @param refreshInterval how stale a snapshot may get before the version is checked again; zero
   *     checks on every {@link #current()}
   */
  public JdbcScheduleStore(DataSource dataSource, Clock clock, Duration refreshInterval) {
    this.jdbc = JdbcClient.create(dataSource);
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.tables = new ScheduleTables(dataSource, clock);
    this.snapshots =
        new ScheduleSnapshots(
            new ScheduleSnapshots.Source() {
              @Override
              public long version() {
                return Jdbc.read(tables::databaseVersion);
              }

              @Override
              public ScheduleSnapshots.Snapshot load() {
                return Jdbc.read(tables::load);
              }
            },
            clock,
            refreshInterval);
  }

  /**
   * Publishes {@code initial} as the first schedule when the database has never had one: true when
   * it did, false (nothing written) when a schedule was already published, by this instance or
   * another.
   */
  public boolean seedIfEmpty(Schedule initial) {
    ScheduleSnapshots.Snapshot held = snapshots.held();
    if (held.version() != 0) {
      return false;
    }
    return publish(new Publication(held.schedule(), initial, List.of(), Optional.empty()));
  }

  /** The version of the schedule held now: 0 before anything was published. */
  public long version() {
    current();
    return snapshots.held().version();
  }

  /**
   * The schedule held, checked against the database's version at most once per refresh interval (in
   * the background; with an interval of zero, on every call, before answering).
   */
  @Override
  public Schedule current() {
    return snapshots.current();
  }

  /**
   * Checks the version in the database before answering (one primary-key read), and loads the
   * schedule when another instance has published; fails with {@link StoreUnavailableException} when
   * the database cannot answer, rather than answer from a snapshot that may be stale.
   */
  @Override
  public Schedule committed() {
    return snapshots.committed();
  }

  @Override
  public boolean publish(Publication publication) {
    ScheduleSnapshots.Snapshot held = snapshots.held();
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
                          tables.write(held.schedule(), publication, next);
                          return true;
                        })));
    if (published) {
      snapshots.replace(new ScheduleSnapshots.Snapshot(publication.next(), next));
    } else {
      // Another instance published: load its schedule so that the changes can be worked out again.
      snapshots.reload();
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
                .query((rs, row) -> ScheduleTables.change(rs))
                .list());
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
}
