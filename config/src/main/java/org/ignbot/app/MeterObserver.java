package org.ignbot.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.ignbot.core.observe.BotObserver;

/**
 * Counts what the core reports, for {@code /actuator/prometheus}: {@code ign_commands_seconds}
 * (count and latency by platform, command, outcome), {@code ign_imports_total} (by outcome) and
 * {@code ign_reminders_total} (by platform and outcome: sent, late, failed, retried).
 */
final class MeterObserver implements BotObserver {
  private final MeterRegistry registry;

  MeterObserver(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void commandAnswered(String platform, String command, String outcome, Duration took) {
    Timer.builder("ign.commands")
        .description("Commands answered")
        .tag("platform", platform)
        .tag("command", command)
        .tag("outcome", outcome)
        .register(registry)
        .record(took);
    if (command.equals("import")) {
      registry.counter("ign.imports", "outcome", outcome).increment();
    }
  }

  @Override
  public void delivered(String platform, String outcome, Duration took) {
    registry.counter("ign.reminders", "platform", platform, "outcome", outcome).increment();
  }
}
