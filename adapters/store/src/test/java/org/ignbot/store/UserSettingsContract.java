package org.ignbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.ignbot.core.command.UserSettings;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What every {@link UserSettings} store does; subclassed per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UserSettingsContract {
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

  @BeforeEach
  void empty() {
    JdbcClient.create(database.dataSource()).sql("delete from ign_user").update();
  }

  @Test
  void aUserWithoutAZoneHasNone() {
    assertThat(settings.zone(user)).isEmpty();
  }

  @Test
  void theZoneIsKeptAndReplaced() {
    settings.setZone(user, ZoneId.of("Europe/Vienna"));
    settings.setZone(user, ZoneId.of("Asia/Kolkata"));

    assertThat(settings.zone(user)).contains(ZoneId.of("Asia/Kolkata"));
    assertThat(settings.zone(new UserKey("slack", "T2", "U1"))).isEmpty();
  }

  @Test
  void forgetDeletesTheUser() {
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
