package org.ignbot.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTests {

  @Test
  void waitsDoubleAfterEachFailureUpToTenMinutes() {
    assertThat(Backoff.after(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(Backoff.after(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(Backoff.after(4)).isEqualTo(Duration.ofSeconds(80));
    assertThat(Backoff.after(50)).isEqualTo(Duration.ofMinutes(10));
  }
}
