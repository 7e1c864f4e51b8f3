package org.ignbot.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Events API ids seen lately. Slack sends an event again when it thinks the first delivery
 * failed; a direct message must not run its command twice (an import, a subscription). Several
 * instances share them in the database ({@link JdbcSeenEvents}).
 */
interface SeenEvents {
  /** True the first time an id is seen; events without an id always count as new. */
  boolean firstTime(String eventId);

  /** This process only: for one instance without a database (tests). */
  static SeenEvents inMemory() {
    Map<String, Boolean> seen =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 2000;
          }
        };
    return eventId -> {
      synchronized (seen) {
        return eventId == null || seen.put(eventId, Boolean.TRUE) == null;
      }
    };
  }
}
