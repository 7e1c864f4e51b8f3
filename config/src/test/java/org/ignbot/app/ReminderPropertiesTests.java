package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReminderPropertiesTests {

  private static ReminderProperties withSendTimeout(Duration timeout) {
    return new ReminderProperties(true, "1d 1h", 20, Duration.ofSeconds(1), timeout, "");
  }

  @Test
  void aSendTimeOutTheHttpClientsWouldCutShortStopsStartUpWithOneLine() {
    assertThatThrownBy(() -> withSendTimeout(Duration.ofMinutes(2)))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("ign.reminders.send-timeout: is PT2M; it takes 1s to 60s, e.g. 30s");
  }

  @Test
  void theDocumentedSendTimeOutsAreAccepted() {
    assertThat(withSendTimeout(Duration.ofSeconds(30)).sendTimeout()).hasSeconds(30);
    assertThat(withSendTimeout(Duration.ofSeconds(20)).sendTimeout()).hasSeconds(20);
  }
}
