package org.ignbot.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seen event ids in the {@code slack_seen_event} table, whose primary key lets one instance only
 * record an id: Slack's retry runs nothing wherever it lands. Ids older than an hour (Slack retries
 * within minutes) are pruned, at most once a minute.
 */
final class JdbcSeenEvents implements SeenEvents {
  static final Duration KEPT = Duration.ofHours(1);
  private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);
  private static final Logger log = LoggerFactory.getLogger(JdbcSeenEvents.class);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AtomicReference<Instant> lastPruned = new AtomicReference<>(Instant.MIN);

  JdbcSeenEvents(DataSource dataSource, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.clock = clock;
  }

  @Override
  public boolean firstTime(String eventId) {
    if (eventId == null) {
      return true;
    }
    Instant now = clock.instant();
    try {
      prune(now);
      jdbc.sql("insert into slack_seen_event (event_id, seen_at) values (?, ?)")
          .params(eventId, now.atOffset(ZoneOffset.UTC))
          .update();
      return true;
    } catch (DuplicateKeyException seen) {
      return false;
    } catch (DataAccessException e) {
      // With the database down, answering twice is better than not answering at all.
      log.warn(
          "Cannot record a Slack event id; handling the event: {}", e.getClass().getSimpleName());
      return true;
    }
  }

  private void prune(Instant now) {
    Instant last = lastPruned.get();
    if (last.isBefore(now.minus(PRUNE_EVERY)) && lastPruned.compareAndSet(last, now)) {
      jdbc.sql("delete from slack_seen_event where seen_at < ?")
          .param(now.minus(KEPT).atOffset(ZoneOffset.UTC))
          .update();
    }
  }
}
