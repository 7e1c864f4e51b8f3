package org.ignbot.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.ignbot.store.Schema;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One-shot runs: the data source comes with its tables up to date. Flyway (a second of class
 * loading) runs only when the database lacks a migration this build has: a new database, or one the
 * bot's last version made; otherwise one query tells that the schema is current.
 */
final class CurrentSchema implements BeanPostProcessor, EnvironmentAware {
  private static final Pattern VERSION = Pattern.compile("V([0-9._]+)__.*\\.sql");

  private String[] locations = {"classpath:db/migration"};
  private String table = "flyway_schema_history";
  private boolean enabled = true;

  /**
   * The three of Spring Boot's {@code spring.flyway.*} settings this check needs, bound as Spring
   * Boot binds them (without loading Flyway's own properties class).
   */
  record FlywaySettings(
      @DefaultValue("classpath:db/migration") String[] locations,
      @DefaultValue("flyway_schema_history") String table,
      @DefaultValue("true") boolean enabled) {}

  @Override
  public void setEnvironment(Environment environment) {
    FlywaySettings flyway =
        Binder.get(environment).bindOrCreate("spring.flyway", FlywaySettings.class);
    locations = flyway.locations();
    table = flyway.table();
    enabled = flyway.enabled();
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (enabled
        && bean instanceof DataSource dataSource
        && !applied(dataSource).containsAll(available())) {
      Schema.migrate(dataSource, locations, table);
    }
    return bean;
  }

  /** The versions of the migrations this build carries, as Flyway writes them. */
  Set<String> available() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Set<String> versions = new HashSet<>();
    for (String location : locations) {
      try {
        for (Resource file : resolver.getResources(location.replaceFirst("/*$", "/") + "*.sql")) {
          Matcher name = VERSION.matcher(String.valueOf(file.getFilename()));
          if (name.matches()) {
            versions.add(name.group(1).replace('_', '.'));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list the migrations in " + location, e);
      }
    }
    return versions;
  }

  /** The versions applied with success; none when the history table does not exist yet. */
  private Set<String> applied(DataSource dataSource) {
    Set<String> versions = new HashSet<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select \"version\" from \"" + table + "\" where \"success\" = true")) {
      while (rows.next()) {
        versions.add(rows.getString(1));
      }
    } catch (SQLException noHistoryYet) {
      // A new database: Flyway creates the table.
      return Set.of();
    }
    return versions;
  }
}
