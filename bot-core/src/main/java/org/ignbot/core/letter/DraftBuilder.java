package org.ignbot.core.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Topic;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.VenueTime;

/** What the letter says of one day, gathered from its table and its sentences. */
final class DraftBuilder {
  final LocalDate date;
  Optional<LocalDate> movedFrom = Optional.empty();
  Optional<String> title = Optional.empty();
  List<SittingTimes.Range> times = new ArrayList<>();
  Optional<String> venue = Optional.empty();
  List<Topic> topics = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  final Set<Cluster> clusters = EnumSet.noneOf(Cluster.class);

  /** What the reader had to assume for this meeting: warned about with its day. */
  final List<String> doubts = new ArrayList<>();

  boolean cancelled;

  /** The letter gives no times but says the meeting keeps those announced before. */
  boolean timesAsBefore;

  /** The whole day is kept for a possible spill-over: every sitting is. */
  boolean spillOver;

  /** Named only in passing (an event before or around the meetings): date only. */
  boolean related;

  /** A row that names its sittings only as "Morning" or "Afternoon": the defaults' times then. */
  Optional<String> partOfDay = Optional.empty();

  DraftBuilder(LocalDate date) {
    this.date = date;
  }

  /**
   * Another row of the table on this day: its sitting adds to the day's when the two do not overlap
   * (a date merged down over the morning and the afternoon rows, each with its cluster), and its
   * topics add to the day's; the rest is filled in as from any other place.
   */
  void joinRow(DraftBuilder row, String place, List<String> warnings) {
    if (!times.isEmpty() && !row.times.isEmpty() && apart(times, row.times)) {
      List<SittingTimes.Range> both = new ArrayList<>(times);
      both.addAll(row.times);
      both.sort(Comparator.comparing(SittingTimes.Range::start));
      times = both;
      row.topics.stream().filter(topic -> !topics.contains(topic)).forEach(topics::add);
      row.times = times;
    }
    fillFrom(row, place, warnings);
  }

  private static boolean apart(List<SittingTimes.Range> some, List<SittingTimes.Range> others) {
    return some.stream()
        .allMatch(
            one ->
                others.stream()
                    .allMatch(
                        other ->
                            !one.start().isBefore(other.end())
                                || !other.start().isBefore(one.end())));
  }

  /** Fills in what this one lacks from {@code other}; disagreements become warnings. */
  void fillFrom(DraftBuilder other, String otherPlace, List<String> warnings) {
    String day = TimeFormat.longDay(date);
    if (title.isEmpty()) {
      title = other.title;
    }
    if (times.isEmpty()) {
      times = other.times;
    } else if (!other.times.isEmpty() && !other.times.equals(times)) {
      warnings.add(
          "For "
              + day
              + " the table gives the times "
              + ranges(times)
              + " but "
              + otherPlace
              + " says "
              + ranges(other.times)
              + "; I took the table's. Check it.");
    }
    if (venue.isEmpty()) {
      venue = other.venue;
    } else if (other.venue.isPresent() && !other.venue.equals(venue)) {
      warnings.add(
          "For "
              + day
              + " the table gives the venue "
              + venue.get()
              + " but "
              + otherPlace
              + " says "
              + other.venue.get()
              + "; I took the table's. Check it.");
    }
    if (topics.isEmpty()) {
      topics = other.topics;
    }
    if (movedFrom.isEmpty()) {
      movedFrom = other.movedFrom;
    }
    cancelled |= other.cancelled;
    spillOver |= other.spillOver;
    // What the text says of the same day adds to the row's clusters: "the five clusters in a
    // holistic manner" covers every cluster, even where the row names the two to focus on.
    clusters.addAll(other.clusters);
    other.doubts.stream().filter(doubt -> !doubts.contains(doubt)).forEach(doubts::add);
    other.notes.stream().filter(note -> !notes.contains(note)).forEach(notes::add);
  }

  MeetingDraft build(List<String> warnings) {
    List<Sitting> sittings = new ArrayList<>();
    int spill = spillIndex(warnings);
    for (int i = 0; i < times.size(); i++) {
      sittings.add(sitting(times.get(i), spillOver || i == spill));
    }
    Set<Cluster> all = EnumSet.noneOf(Cluster.class);
    all.addAll(Topics.clusters(topics));
    all.addAll(clusters);
    for (String doubt : doubts) {
      warnings.add(TimeFormat.longDay(date) + ": " + doubt);
    }
    return new MeetingDraft(
        date,
        movedFrom,
        title,
        sittings,
        venue,
        topics,
        all,
        notes,
        cancelled,
        related,
        timesAsBefore);
  }

  private int spillIndex(List<String> warnings) {
    if (spillOver || (topics.size() == 1 && Topics.isSpillOver(topics.get(0)))) {
      spillOver = true;
      return -1;
    }
    for (int i = 0; i < topics.size(); i++) {
      if (Topics.isSpillOver(topics.get(i)) && !times.isEmpty()) {
        if (topics.size() == times.size()) {
          return i;
        }
        warnings.add(
            "On "
                + TimeFormat.longDay(date)
                + " the letter reserves time for possible spill-over but does not say which"
                + " sitting; I marked the last one. Check it.");
        return times.size() - 1;
      }
    }
    return -1;
  }

  private Sitting sitting(SittingTimes.Range range, boolean spillOver) {
    return new Sitting(
        date.atTime(range.start()).atZone(VenueTime.ZONE),
        date.atTime(range.end()).atZone(VenueTime.ZONE),
        spillOver);
  }

  private static String ranges(List<SittingTimes.Range> ranges) {
    List<String> shown = new ArrayList<>();
    for (SittingTimes.Range range : ranges) {
      shown.add(range.start() + "–" + range.end());
    }
    return String.join(", ", shown);
  }
}
