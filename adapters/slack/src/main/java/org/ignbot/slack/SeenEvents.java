package org.ignbot.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Events API ids seen lately. Slack sends an event again when it thinks the first delivery
 * failed; a direct message must not run its command twice (an import, a subscription).
 */
final class SeenEvents {
  private static final int REMEMBERED = 2000;

  private final Map<String, Boolean> seen =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > REMEMBERED;
        }
      };

  /** True the first time an id is seen; events without an id always count as new. */
  synchronized boolean firstTime(String eventId) {
    return eventId == null || seen.put(eventId, Boolean.TRUE) == null;
  }
}
