package org.ignbot.app;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.ignbot.core.DaemonThreads;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code db} check of the readiness group, answered within a limit: a database that does not
 * answer is DOWN at once, instead of after the connection pool's time-out (Spring Boot's own check
 * waits for a connection as long as the pool lets it).
 */
final class DatabaseHealth implements HealthIndicator {
  private final DataSource dataSource;
  private final Duration limit;

  /** One check at a time; a check still waiting on the database makes the next one DOWN. */
  private final ThreadPoolExecutor checks =
      new ThreadPoolExecutor(
          0, 1, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), DaemonThreads.named("db-health"));

  DatabaseHealth(DataSource dataSource, Duration limit) {
    this.dataSource = dataSource;
    this.limit = limit;
  }

  @Override
  public Health health() {
    Future<Boolean> check;
    try {
      check = checks.submit(this::valid);
    } catch (RejectedExecutionException busy) {
      return down("the previous check is still waiting for the database");
    }
    try {
      return check.get(limit.toMillis(), TimeUnit.MILLISECONDS)
          ? Health.up().withDetail("database", "answers").build()
          : down("the connection is not valid");
    } catch (TimeoutException e) {
      return down("no answer within " + limit.toMillis() + " ms");
    } catch (ExecutionException e) {
      return down(e.getCause().getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return down("interrupted");
    }
  }

  private boolean valid() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(Math.max(1, (int) limit.toSeconds()));
    }
  }

  private static Health down(String why) {
    return Health.down().withDetail("database", why).build();
  }
}
