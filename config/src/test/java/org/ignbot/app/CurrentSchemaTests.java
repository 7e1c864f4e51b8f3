package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

class CurrentSchemaTests {
  private final JdbcDataSource database = new JdbcDataSource();
  private final JdbcClient jdbc = JdbcClient.create(database);
  private final CurrentSchema schema = new CurrentSchema();

  CurrentSchemaTests() {
    database.setURL("jdbc:h2:mem:" + System.identityHashCode(this) + ";DB_CLOSE_DELAY=-1");
    schema.setEnvironment(new MockEnvironment());
  }

  private List<String> tables() {
    return jdbc.sql(
            "select lower(table_name) from information_schema.tables"
                + " where table_schema = 'PUBLIC' order by 1")
        .query(String.class)
        .list();
  }

  @Test
  void knowsTheVersionsOfTheMigrationsThisBuildCarries() {
    assertThat(schema.available()).contains("1", "2", "20").allMatch(v -> v.matches("[0-9.]+"));
  }

  @Test
  void aNewDatabaseGetsEveryMigration() {
    schema.postProcessAfterInitialization(database, "dataSource");

    assertThat(tables()).contains("flyway_schema_history", "schedule_state");
    assertThat(
            jdbc.sql("select \"version\" from \"flyway_schema_history\" where \"success\"")
                .query(String.class)
                .set())
        .containsAll(schema.available());
  }

  @Test
  void aDatabaseThatHasEveryMigrationIsLeftAlone() {
    jdbc.sql(
            "create table \"flyway_schema_history\" (\"version\" varchar(50), \"success\" boolean)")
        .update();
    for (String version : schema.available()) {
      jdbc.sql("insert into \"flyway_schema_history\" values (?, true)").param(version).update();
    }

    schema.postProcessAfterInitialization(database, "dataSource");

    // Flyway did not run: it would have created the tables.
    assertThat(tables()).containsExactly("flyway_schema_history");
  }

  @Test
  void aDatabaseThatAnOlderBuildMadeIsMigrated() {
    Flyway.configure().dataSource(database).target("1").load().migrate();
    assertThat(tables()).doesNotContain("schedule_state");

    schema.postProcessAfterInitialization(database, "dataSource");

    assertThat(tables()).contains("schedule_state", "slack_installation");
  }

  @Test
  void flywaySwitchedOffIsRespected() {
    schema.setEnvironment(new MockEnvironment().withProperty("spring.flyway.enabled", "false"));

    schema.postProcessAfterInitialization(database, "dataSource");

    assertThat(tables()).isEmpty();
  }
}
