package org.ignbot.core.remind;

/** Port: asks for the reminders to be planned again now, after subscriptions changed. */
public interface Replanner {
  void replan();

  /** For tests and for running without reminders. */
  Replanner NONE = () -> {};
}
