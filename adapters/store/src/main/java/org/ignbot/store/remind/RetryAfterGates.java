package org.ignbot.store.remind;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.ignbot.core.remind.RetryAfterWindows;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Per platform and workspace, the end of the last Retry-After window: no send there starts before
 * it, on any thread of any instance. The window is kept in the database ({@code
 * retry_after_window}) and read before each request; this instance's own windows are also held in
 * memory, so that a database that cannot answer does not open them early.
 */
public final class RetryAfterGates implements RetryAfterWindows {
  private final Map<String, Instant> closedUntil = new ConcurrentHashMap<>();
  private final JdbcClient jdbc;

  public RetryAfterGates(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  @Override
  public void close(String scope, Instant until) {
    closedUntil.merge(scope, until, (a, b) -> a.isAfter(b) ? a : b);
    OffsetDateTime at = until.atOffset(ZoneOffset.UTC);
    try {
      int updated =
          jdbc.sql(
                  "update retry_after_window set closed_until = ? where scope = ? and"
                      + " closed_until < ?")
              .params(at, scope, at)
              .update();
      if (updated == 0) {
        jdbc.sql("insert into retry_after_window (scope, closed_until) values (?, ?)")
            .params(scope, at)
            .update();
      }
    } catch (DuplicateKeyException later) {
      // The row is there with a window ending as late or later: nothing to widen.
    } catch (DataAccessException e) {
      // The other instances learn of it from their own first refused request.
    }
  }

  @Override
  public Optional<Instant> closedAt(String scope, Instant now) {
    try {
      return closedAt(
          scope,
          now,
          new Shared(
              jdbc.sql("select closed_until from retry_after_window where scope = ?")
                  .param(scope)
                  .query(OffsetDateTime.class)
                  .optional()
                  .map(OffsetDateTime::toInstant)));
    } catch (DataAccessException e) {
      // Only this instance's windows are known while the database cannot answer.
      return closedAt(scope, now, new Shared(Optional.empty()));
    }
  }

  /** The later of this instance's window and the shared one read with the claim; no read. */
  @Override
  public Optional<Instant> closedAt(String scope, Instant now, Shared shared) {
    Instant until = closedUntil.get(scope);
    if (shared.closedUntil().isPresent()
        && (until == null || shared.closedUntil().get().isAfter(until))) {
      until = shared.closedUntil().get();
    }
    return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
  }
}
