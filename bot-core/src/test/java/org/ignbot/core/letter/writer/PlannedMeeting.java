package org.ignbot.core.letter.writer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ignbot.core.schedule.Cluster;

/**
 * A meeting as the letter states it, which is what the reader must give back. What the letter does
 * not say is empty (a cancellation names no time, a bare move no room).
 *
 * @param date the day the meeting is (now) held on
 * @param sittings its sittings, in order
 * @param spillOver every sitting is reserved for a possible spill-over
 * @param venue the room
 * @param clusters what it addresses
 * @param movedFrom the day it was on before this letter moved it
 * @param cancelled the letter cancels it
 */
record PlannedMeeting(
    LocalDate date,
    List<Slot> sittings,
    boolean spillOver,
    Optional<Room> venue,
    Set<Cluster> clusters,
    Optional<LocalDate> movedFrom,
    boolean cancelled) {
  PlannedMeeting {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(venue, "venue");
    Objects.requireNonNull(movedFrom, "movedFrom");
    sittings = List.copyOf(sittings);
    // An EnumSet keeps the clusters in their order, so a seed writes the same letter in every JVM
    // (Set.copyOf's order changes from one run to the next).
    clusters =
        clusters.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(clusters));
    if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
      throw new IllegalArgumentException("meetings are on working days: " + date);
    }
    if (cancelled && (!sittings.isEmpty() || venue.isPresent() || movedFrom.isPresent())) {
      throw new IllegalArgumentException("a cancellation names only its day: " + date);
    }
    if (spillOver && sittings.isEmpty()) {
      throw new IllegalArgumentException("a spill-over reserves sittings: " + date);
    }
    if (movedFrom.filter(date::equals).isPresent()) {
      throw new IllegalArgumentException("a move goes to another day: " + date);
    }
  }

  static PlannedMeeting convened(
      LocalDate date, List<Slot> sittings, Room room, Set<Cluster> clusters) {
    return new PlannedMeeting(
        date, sittings, false, Optional.of(room), clusters, Optional.empty(), false);
  }

  static PlannedMeeting spillOver(LocalDate date, List<Slot> sittings, Room room) {
    return new PlannedMeeting(
        date, sittings, true, Optional.of(room), Set.of(), Optional.empty(), false);
  }

  static PlannedMeeting cancelled(LocalDate date) {
    return new PlannedMeeting(
        date, List.of(), false, Optional.empty(), Set.of(), Optional.empty(), true);
  }

  PlannedMeeting movedFrom(LocalDate from) {
    return new PlannedMeeting(
        date, sittings, spillOver, venue, clusters, Optional.of(from), cancelled);
  }

  boolean sameTimeAndVenue(PlannedMeeting other) {
    return sittings.equals(other.sittings) && venue.equals(other.venue);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(date.toString());
    if (cancelled) {
      out.append(" cancelled");
    }
    movedFrom.ifPresent(from -> out.append(" moved from ").append(from));
    if (!sittings.isEmpty()) {
      out.append(' ').append(sittings);
    }
    if (spillOver) {
      out.append(" spill-over");
    }
    venue.ifPresent(room -> out.append(" in ").append(room.name()));
    if (!clusters.isEmpty()) {
      out.append(" on ").append(clusters.stream().sorted().map(Cluster::key).toList());
    }
    return out.toString();
  }
}
