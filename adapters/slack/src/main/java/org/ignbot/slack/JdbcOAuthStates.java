package org.ignbot.slack;

import com.slack.api.bolt.service.OAuthStateService;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The OAuth states in flight, in the {@code slack_oauth_state} table, so that any instance can
 * finish an install another one started. Bolt also keeps the state in a cookie and requires both to
 * match (the CSRF check); a state is used once, and not after it expires.
 */
final class JdbcOAuthStates implements OAuthStateService {
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration ttl;

  JdbcOAuthStates(DataSource dataSource, Clock clock, Duration ttl) {
    this.jdbc = JdbcClient.create(dataSource);
    this.clock = clock;
    this.ttl = ttl;
  }

  @Override
  public long getExpirationInSeconds() {
    return ttl.toSeconds();
  }

  @Override
  public void addNewStateToDatastore(String state) {
    var now = clock.instant().atOffset(ZoneOffset.UTC);
    // Abandoned installs leave their states behind; each new one sweeps them.
    jdbc.sql("delete from slack_oauth_state where expires_at <= ?").param(now).update();
    jdbc.sql("insert into slack_oauth_state (state, expires_at) values (?, ?)")
        .params(state, now.plus(ttl))
        .update();
  }

  @Override
  public boolean isAvailableInDatabase(String state) {
    return jdbc.sql("select count(*) from slack_oauth_state where state = ? and expires_at > ?")
            .params(state, clock.instant().atOffset(ZoneOffset.UTC))
            .query(Integer.class)
            .single()
        > 0;
  }

  @Override
  public void deleteStateFromDatastore(String state) {
    jdbc.sql("delete from slack_oauth_state where state = ?").param(state).update();
  }
}
