package org.ignbot.core.letter;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Topic;

/**
 * A meeting as one letter states it. What the letter does not say is empty, so that an import keeps
 * what the schedule already knows: a letter that only moves a meeting keeps its topics.
 *
 * @param movedFrom the day the meeting was on before this letter moved it
 * @param cancelled the letter cancels (or postpones without a new date) the meeting
 * @param inPassing named only in passing (an event held before, the General Assembly debate): it
 *     adds a date-only meeting but changes nothing in a meeting already known
 * @param timesAsBefore the letter gives no times and says the meeting keeps those announced before
 *     ("remain as announced"): they come from the schedule, or a warning says there are none
 */
public record MeetingDraft(
    LocalDate date,
    Optional<LocalDate> movedFrom,
    Optional<String> title,
    List<Sitting> sittings,
    Optional<String> venue,
    List<Topic> topics,
    Set<Cluster> clusters,
    List<String> notes,
    boolean cancelled,
    boolean inPassing,
    boolean timesAsBefore) {
  public MeetingDraft {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(movedFrom, "movedFrom");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(venue, "venue");
    sittings = List.copyOf(sittings);
    topics = List.copyOf(topics);
    clusters = clusters.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(clusters));
    notes = List.copyOf(notes);
    for (Sitting sitting : sittings) {
      if (!sitting.start().toLocalDate().equals(date)) {
        throw new IllegalArgumentException(
            "a sitting of the meeting on " + date + " is on another day");
      }
    }
  }
}
