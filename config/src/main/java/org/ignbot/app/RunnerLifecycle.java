package org.ignbot.app;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * Starts a background runner (reminders, digests) once the context is up, on an instance that sends
 * ({@code ign.reminders.enabled}) in the chat or serving mode; one-shot runs never make it.
 */
final class RunnerLifecycle implements SmartLifecycle {
  private final boolean wanted;
  private final Runnable start;
  private final Runnable stop;
  private volatile boolean running;

  RunnerLifecycle(
      ReminderProperties properties,
      ObjectProvider<LaunchOptions> launch,
      Runnable start,
      Runnable stop) {
    this.wanted =
        properties.enabled()
            && launch.stream().noneMatch(options -> options.mode() != LaunchOptions.Mode.CHAT);
    this.start = start;
    this.stop = stop;
  }

  @Override
  public void start() {
    if (wanted) {
      start.run();
    }
    running = true;
  }

  @Override
  public void stop() {
    if (wanted) {
      stop.run();
    }
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
