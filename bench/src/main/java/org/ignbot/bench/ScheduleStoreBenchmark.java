package org.ignbot.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.ignbot.core.schedule.Publication;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.store.JdbcScheduleStore;
import org.ignbot.store.Schema;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code current()} costs on the database store holding 200 meetings: answered from the
 * snapshot (the default 2 s refresh interval), or checking the version on every call (interval 0);
 * and what loading the whole schedule costs when another instance published. H2 in memory and the
 * local PostgreSQL (a fresh schema, dropped after).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ScheduleStoreBenchmark {
  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

  @Param({"h2", "postgres"})
  public String database;

  private HikariDataSource dataSource;
  private String schema;
  private JdbcScheduleStore snapshot;
  private JdbcScheduleStore everyCall;

  @Setup
  public void setUp() throws SQLException {
    String url;
    if (database.equals("h2")) {
      url =
          "jdbc:h2:mem:bench"
              + UUID.randomUUID().toString().replace("-", "")
              + ";DB_CLOSE_DELAY=-1";
    } else {
      schema = "bench_" + UUID.randomUUID().toString().replace("-", "");
      execute("create schema " + schema);
      url = POSTGRES + "?currentSchema=" + schema;
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(database.equals("h2") ? "sa" : "postgres");
    dataSource = new HikariDataSource(config);
    Schema.migrate(dataSource);
    Clock clock = Clock.systemUTC();
    snapshot = new JdbcScheduleStore(dataSource, clock, Duration.ofSeconds(2));
    snapshot.seedIfEmpty(BenchMeetings.schedule(200, 1));
    everyCall = new JdbcScheduleStore(dataSource, clock, Duration.ZERO);
  }

  @TearDown
  public void tearDown() throws SQLException {
    dataSource.close();
    if (schema != null) {
      execute("drop schema " + schema + " cascade");
    }
  }

  @Benchmark
  public Schedule currentFromTheSnapshot() {
    return snapshot.current();
  }

  @Benchmark
  public Schedule currentCheckingTheVersionEachCall() {
    return everyCall.current();
  }

  /** Another instance's view after a publication: the full reload of 200 meetings. */
  @Benchmark
  public Schedule reloadAfterAPublication() {
    Schedule basis = snapshot.current();
    snapshot.publish(new Publication(basis, basis, List.of(), Optional.empty()));
    return everyCall.current();
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
