package org.ignbot.store;

import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.ignbot.core.remind.AnnouncementLog;
import org.ignbot.core.schedule.MeetingChange;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The publications whose change notices are still to be planned ({@code announcement}, written by
 * {@link JdbcScheduleStore} in the publication's transaction). Whoever plans the notices removes
 * the row afterwards; planning twice is harmless, as each notice has a key of its own.
 */
public final class Announcements implements AnnouncementLog {
  private final JdbcClient jdbc;

  public Announcements(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  @Override
  public List<Pending> pending() {
    record Row(long version, OffsetDateTime publishedAt) {}
    List<Row> rows =
        Jdbc.read(
            () ->
                jdbc.sql(
                        "select schedule_version, published_at from announcement order by"
                            + " schedule_version")
                    .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, OffsetDateTime.class)))
                    .list());
    return rows.stream()
        .map(
            row ->
                new Pending(row.version(), row.publishedAt().toInstant(), changes(row.version())))
        .toList();
  }

  @Override
  public void announced(long version) {
    Jdbc.write(
        () ->
            jdbc.sql("delete from announcement where schedule_version = ?")
                .param(version)
                .update());
  }

  private List<MeetingChange> changes(long version) {
    return Jdbc.read(
        () ->
            jdbc.sql(
                    "select kind, before_meeting, after_meeting, fields, source from"
                        + " meeting_change where schedule_version = ? order by id")
                .param(version)
                .query((rs, row) -> ScheduleTables.change(rs))
                .list());
  }
}
