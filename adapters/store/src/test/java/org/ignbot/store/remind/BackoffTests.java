package org.ignbot.store.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTests {

  @Test
  void waitsDoubleAfterEachFailureUpToTenMinutes() {
    assertThat(Backoff.after(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(Backoff.after(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(Backoff.after(4)).isEqualTo(Duration.ofSeconds(80));
    assertThat(Backoff.after(50)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void aRetryAfterWindowClosesOnlyItsPlatformAndOnlyUntilItEnds() {
    RetryAfterGates gates = new RetryAfterGates();
    Instant now = Instant.parse("2024-11-19T14:00:00Z");

    gates.close("slack", now.plusSeconds(2));
    gates.close("slack", now.plusSeconds(1)); // an earlier end never shortens the window

    assertThat(gates.closedAt("slack", now)).contains(now.plusSeconds(2));
    assertThat(gates.closedAt("discord", now)).isEmpty();
    assertThat(gates.closedAt("slack", now.plusSeconds(2))).isEmpty();
  }
}
