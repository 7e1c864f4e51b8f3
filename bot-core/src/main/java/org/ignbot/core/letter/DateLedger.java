package org.ignbot.core.letter;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The roles the reading stages gave each date, so that accounting can tell a date that was
 * understood (a meeting, the letter's own date, a letter referred to) from one that was passed
 * over.
 */
final class DateLedger {
  private final Map<LocalDate, Set<DateRole>> roles = new HashMap<>();

  void record(LocalDate day, DateRole role) {
    roles.computeIfAbsent(day, key -> EnumSet.noneOf(DateRole.class)).add(role);
  }

  /** Whether the day has a role other than a meeting convened that day. */
  boolean explained(LocalDate day) {
    return roles.getOrDefault(day, Set.of()).stream().anyMatch(DateRole::explained);
  }

  Set<DateRole> roles(LocalDate day) {
    return roles.getOrDefault(day, Set.of());
  }
}
