package org.ignbot.store.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.Optional;
import org.ignbot.core.remind.RetryAfterWindows;
import org.ignbot.store.TestDatabase;
import org.junit.jupiter.api.Test;

class RetryAfterGatesTests {

  @Test
  void aRetryAfterWindowClosesOnlyItsScopeOnlyUntilItEndsAndForEveryInstance() {
    try (TestDatabase database = TestDatabase.h2();
        HikariDataSource otherPool = database.newPool()) {
      RetryAfterGates gates = new RetryAfterGates(database.dataSource());
      RetryAfterGates otherInstance = new RetryAfterGates(otherPool);
      Instant now = Instant.parse("2024-11-19T14:00:00Z");

      gates.close("slack/T1", now.plusSeconds(2));
      gates.close("slack/T1", now.plusSeconds(1)); // an earlier end never shortens the window

      assertThat(gates.closedAt("slack/T1", now)).contains(now.plusSeconds(2));
      assertThat(otherInstance.closedAt("slack/T1", now)).contains(now.plusSeconds(2));
      assertThat(otherInstance.closedAt("slack/T2", now)).isEmpty();
      assertThat(gates.closedAt("discord/G1", now)).isEmpty();
      assertThat(otherInstance.closedAt("slack/T1", now.plusSeconds(2))).isEmpty();
    }
  }

  @Test
  void aWindowReadWithTheClaimIsMergedWithThisInstancesOwnWithoutARead() {
    try (TestDatabase database = TestDatabase.h2()) {
      RetryAfterGates gates = new RetryAfterGates(database.dataSource());
      Instant now = Instant.parse("2024-11-19T14:00:00Z");
      gates.close("slack/T1", now.plusSeconds(2));
      database.close(); // no read can answer now

      RetryAfterWindows.Shared none = new RetryAfterWindows.Shared(Optional.empty());
      RetryAfterWindows.Shared later =
          new RetryAfterWindows.Shared(Optional.of(now.plusSeconds(5)));
      assertThat(gates.closedAt("slack/T1", now, none)).contains(now.plusSeconds(2));
      assertThat(gates.closedAt("slack/T1", now, later)).contains(now.plusSeconds(5));
      assertThat(gates.closedAt("slack/T2", now, later)).contains(now.plusSeconds(5));
      assertThat(gates.closedAt("slack/T2", now, none)).isEmpty();
      assertThat(gates.closedAt("slack/T1", now.plusSeconds(5), later)).isEmpty();
    }
  }
}
