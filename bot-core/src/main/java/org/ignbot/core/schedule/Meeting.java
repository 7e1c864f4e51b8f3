package org.ignbot.core.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ignbot.core.time.VenueTime;

/**
 * One IGN meeting (or a related event the letters name) on one day. Meetings without sittings are
 * announced by date only: no time or venue is known, and the bot says so.
 *
 * @param id stable id that people type and calendars keep, e.g. {@code 2024-11-19}
 * @param session the General Assembly session the meeting falls in (79 for 2024–25)
 * @param revision rises with every published change
 * @param updated when this revision was published, when known
 */
public record Meeting(
    String id,
    int session,
    String title,
    LocalDate date,
    List<Sitting> sittings,
    Optional<String> venue,
    List<Topic> topics,
    Set<Cluster> clusters,
    List<String> notes,
    MeetingStatus status,
    int revision,
    Optional<Instant> updated,
    Source source) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  public Meeting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(venue, "venue");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(source, "source");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a meeting id is lower-case letters, digits and dashes: " + id);
    }
    if (title.isBlank()) {
      throw new IllegalArgumentException("meeting " + id + " has a title");
    }
    if (session < 1) {
      throw new IllegalArgumentException("meeting " + id + " has a session number");
    }
    if (revision < 1) {
      throw new IllegalArgumentException("meeting " + id + " has a revision of at least 1");
    }
    sittings = sittings.stream().sorted(Comparator.comparing(Sitting::start)).toList();
    for (Sitting sitting : sittings) {
      if (!sitting.start().toLocalDate().equals(date)) {
        throw new IllegalArgumentException(
            "meeting " + id + " on " + date + " has a sitting on another day: " + sitting.start());
      }
    }
    topics = List.copyOf(topics);
    clusters = clusters.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(clusters));
    notes = List.copyOf(notes);
  }

  /**
   * The same meeting as a new revision, published at {@code updated} on {@code source}'s authority.
   */
  public Meeting revised(int newRevision, Instant updated, Source source) {
    return new Meeting(
        id,
        session,
        title,
        date,
        sittings,
        venue,
        topics,
        clusters,
        notes,
        status,
        newRevision,
        Optional.of(updated),
        source);
  }

  /** The same meeting, cancelled, with {@code note} saying why and on whose word. */
  public Meeting cancelled(String note) {
    List<String> withNote = new ArrayList<>(notes);
    withNote.add(note);
    return new Meeting(
        id,
        session,
        title,
        date,
        sittings,
        venue,
        topics,
        clusters,
        withNote,
        MeetingStatus.CANCELLED,
        revision,
        updated,
        source);
  }

  /** When the meeting starts: its first sitting, or the start of its day in New York. */
  public Instant startsAt() {
    return sittings.isEmpty()
        ? date.atStartOfDay(VenueTime.ZONE).toInstant()
        : sittings.get(0).startInstant();
  }

  /** When the meeting is over: its last sitting's end, or the end of its day in New York. */
  public Instant endsAt() {
    return sittings.isEmpty()
        ? date.plusDays(1).atStartOfDay(VenueTime.ZONE).toInstant()
        : sittings.get(sittings.size() - 1).endInstant();
  }

  public boolean isCancelled() {
    return status == MeetingStatus.CANCELLED;
  }

  /** Whether only the date is known: no sitting times were announced. */
  public boolean isDateOnly() {
    return sittings.isEmpty();
  }

  /** The clusters in their canonical order. */
  public List<Cluster> clustersInOrder() {
    return clusters.stream().sorted().toList();
  }

  /** Every word a person might search for: title, topics, presenters, notes. */
  public String searchableText() {
    StringBuilder text = new StringBuilder(title);
    for (Topic topic : topics) {
      text.append(' ').append(topic.text());
      topic.presenter().ifPresent(presenter -> text.append(' ').append(presenter));
    }
    notes.forEach(note -> text.append(' ').append(note));
    return text.toString();
  }
}
