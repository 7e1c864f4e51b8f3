package org.ignbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.ignbot.core.MutableClock;
import org.ignbot.core.user.UserKey;
import org.ignbot.core.user.UserSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The port's contract, and what a database store does beyond it; subclassed per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UserSettingsContract extends org.ignbot.core.command.UserSettingsContract {
  private TestDatabase database;
  private UserSettings settings;
  private final UserKey user = new UserKey("slack", "T1", "U1");

  abstract TestDatabase open();

  @BeforeAll
  void openDatabase() {
    database = open();
    settings =
        new JdbcUserSettings(
            database.dataSource(), new MutableClock(Instant.parse("2024-11-18T12:00:00Z")));
  }

  @AfterAll
  void closeDatabase() {
    database.close();
  }

  @Override
  protected UserSettings emptySettings() {
    JdbcClient.create(database.dataSource()).sql("delete from ign_user").update();
    return settings;
  }

  @Test
  void forgetDeletesTheUsersRow() {
    settings.setZone(user, ZoneId.of("Europe/Vienna"));

    settings.forget(user);

    assertThat(settings.zone(user)).isEmpty();
    assertThat(
            JdbcClient.create(database.dataSource())
                .sql("select count(*) from ign_user")
                .query(Integer.class)
                .single())
        .isZero();
  }
}
