package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:activity;DB_CLOSE_DELAY=-1",
      "ign.reminders.enabled=false",
      "logging.level.org.ignbot.activity=INFO",
      "slack.signing.secret=shh-do-not-log-me"
    })
@ExtendWith(OutputCaptureExtension.class)
class ActivityLogTests {
  @Autowired CommandEngine engine;

  @Test
  void eachCommandLogsOneLineWithoutWhatWasTypedOrSecrets(CapturedOutput output) {
    String platform = Asker.terminalOperator().user().platform();

    engine.handle(Asker.terminalOperator(), "tz Vienna");
    engine.handle(Asker.terminalOperator(), "my private note to Ambassador X");

    assertThat(output.getAll())
        .containsOnlyOnce("command platform=" + platform + " command=tz outcome=ok took=")
        .containsOnlyOnce("command platform=" + platform + " command=unknown outcome=error took=")
        .doesNotContain("Vienna", "Ambassador", "private note", "shh-do-not-log-me");
  }
}
