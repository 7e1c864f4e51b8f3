package org.ignbot.store;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import javax.sql.DataSource;
import org.ignbot.core.command.StoreUnavailableException;
import org.ignbot.core.command.UserKey;
import org.ignbot.core.command.UserSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Users' settings in the {@code ign_user} table. Reading a zone never fails an answer: with the
 * database down, times are shown in New York time.
 */
public final class JdbcUserSettings implements UserSettings {
  private static final Logger log = LoggerFactory.getLogger(JdbcUserSettings.class);

  private final JdbcClient jdbc;
  private final Clock clock;

  public JdbcUserSettings(DataSource dataSource, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.clock = clock;
  }

  @Override
  public Optional<ZoneId> zone(UserKey user) {
    try {
      return Jdbc.read(
              () ->
                  jdbc.sql(
                          "select time_zone from ign_user where platform = ? and workspace = ?"
                              + " and user_id = ?")
                      .params(user.platform(), user.workspace(), user.userId())
                      .query(String.class)
                      .optional())
          .flatMap(JdbcUserSettings::zoneOf);
    } catch (StoreUnavailableException e) {
      log.warn(
          "Cannot read a user's time zone; answering in New York time: {}",
          e.getCause().toString());
      return Optional.empty();
    }
  }

  @Override
  public void setZone(UserKey user, ZoneId zone) {
    Jdbc.write(
        () -> {
          var now = Jdbc.timestamp(clock.instant());
          int updated =
              jdbc.sql(
                      "update ign_user set time_zone = ?, updated_at = ? where platform = ? and"
                          + " workspace = ? and user_id = ?")
                  .params(zone.getId(), now, user.platform(), user.workspace(), user.userId())
                  .update();
          if (updated == 0) {
            jdbc.sql(
                    "insert into ign_user (platform, workspace, user_id, time_zone, created_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?)")
                .params(user.platform(), user.workspace(), user.userId(), zone.getId(), now, now)
                .update();
          }
          return null;
        });
  }

  @Override
  public void forget(UserKey user) {
    Jdbc.write(
        () ->
            jdbc.sql("delete from ign_user where platform = ? and workspace = ? and user_id = ?")
                .params(user.platform(), user.workspace(), user.userId())
                .update());
  }

  private static Optional<ZoneId> zoneOf(String id) {
    try {
      return Optional.ofNullable(id).map(ZoneId::of);
    } catch (DateTimeException e) {
      // A zone this Java no longer knows (renamed in the tz database): fall back to New York.
      return Optional.empty();
    }
  }
}
