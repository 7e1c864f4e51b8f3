package org.ignbot.core.remind;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.ignbot.core.schedule.MeetingChange;

/**
 * Port: the publications whose change notices are still to be planned, recorded with the
 * publication itself, so that a crash right after it loses no notice.
 */
public interface AnnouncementLog {
  /** One publication to announce: its schedule version, when it was committed, its changes. */
  record Pending(long version, Instant publishedAt, List<MeetingChange> changes) {
    public Pending {
      Objects.requireNonNull(publishedAt);
      changes = List.copyOf(changes);
    }
  }

  /** Every publication not yet announced, oldest first. */
  List<Pending> pending();

  /** The notices of {@code version} are planned: nobody needs to plan them again. */
  void announced(long version);
}
