package org.ignbot.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Creates or updates the tables; the application lets Spring Boot's Flyway do the same. */
public final class Schema {
  public static final String LOCATION = "classpath:db/migration";

  private Schema() {}

  public static void migrate(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations(LOCATION).load().migrate();
  }
}
