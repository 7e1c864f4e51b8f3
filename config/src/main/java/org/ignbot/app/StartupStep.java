package org.ignbot.app;

import org.springframework.context.SmartLifecycle;

/**
 * A step run once when the application context starts, after every bean is made (Spring's last
 * lifecycle phase, with the web server's start before it): connecting to a chat platform, or
 * waiting for a connection begun while the beans were made. An exception stops start-up.
 */
final class StartupStep implements SmartLifecycle {
  private final Runnable step;
  private volatile boolean running;

  StartupStep(Runnable step) {
    this.step = step;
  }

  @Override
  public void start() {
    step.run();
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
