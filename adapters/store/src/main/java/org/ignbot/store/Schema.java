package org.ignbot.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Creates or updates the tables; the application lets Spring Boot's Flyway do the same. */
public final class Schema {
  public static final String LOCATION = "classpath:db/migration";

  private Schema() {}

  public static void migrate(DataSource dataSource) {
    migrate(dataSource, new String[] {LOCATION}, "flyway_schema_history");
  }

  /** With the application's Flyway settings ({@code spring.flyway.locations} and {@code table}). */
  public static void migrate(DataSource dataSource, String[] locations, String table) {
    Flyway.configure().dataSource(dataSource).locations(locations).table(table).load().migrate();
  }
}
