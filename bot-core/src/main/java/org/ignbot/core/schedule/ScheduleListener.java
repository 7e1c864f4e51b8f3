package org.ignbot.core.schedule;

import java.util.List;

/**
 * Port: told once after each publication (a letter import, an admin's correction) with every change
 * it made, so that reminders are re-planned and subscribers get one notice per change.
 */
public interface ScheduleListener {
  void published(List<MeetingChange> changes);
}
