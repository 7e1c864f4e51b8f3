package org.ignbot.core.schedule;

/** Whether a meeting still takes place. */
public enum MeetingStatus {
  SCHEDULED,
  CANCELLED
}
