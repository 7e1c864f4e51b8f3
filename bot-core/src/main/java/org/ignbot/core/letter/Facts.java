package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Topic;

/**
 * What one piece of a sentence says of a meeting: its sittings, room, topics, clusters and whether
 * it is kept for a possible spill-over. A piece says nothing of what it leaves out, so facts from
 * the meeting's own words go first and the sentence's or the letter's fill the rest.
 */
record Facts(
    List<SittingTimes.Range> times,
    Optional<String> venue,
    List<Topic> topics,
    Set<Cluster> clusters,
    boolean spillOver,
    List<String> doubts,
    Optional<String> otherRoom) {
  private static final Pattern TOPIC_LEAD =
      Pattern.compile(
          "(?i)\\b(?:devoted\\s+to|dedicated\\s+to|focus(?:ing|es)?\\s+on|to\\s+discuss|discussion\\s+(?:of|on)"
              + "|on\\s+the\\s+(?:cluster|topic|issue)s?\\s+(?:of|on)|address(?:ing|es)?|discuss(?:ing|es)?"
              + "|consider(?:ing)?|(?:share|exchange)\\s+(?:their\\s+)?views\\s+on"
              + "|exchange\\s+of\\s+views\\s+on)\\s+(.+?)\\.?$");

  /**
   * A sitting kept for a possible spill-over, however worded: "should the list of speakers not be
   * exhausted, the meeting will continue on ...", "should more time be needed", "held in reserve".
   */
  private static final Pattern SPILL_OVER =
      Pattern.compile(
          "(?i)\\bspill-?\\s?over\\b|\\blist\\s+of\\s+speakers\\s+(?:is\\s+)?not\\s+(?:be\\s+)?exhausted\\b"
              + "|\\bshould\\s+(?:more|additional|further)\\s+time\\s+be\\s+(?:needed|required)\\b"
              + "|\\b(?:kept|held)\\s+in\\s+reserve\\b");

  Facts {
    times = List.copyOf(times);
    topics = List.copyOf(topics);
    clusters = clusters.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(clusters));
    doubts = List.copyOf(doubts);
  }

  /** Words that set a second room apart as the one not used: "instead of Conference Room 4". */
  private static final Pattern NOT_THIS_ROOM =
      Pattern.compile(
          "(?i)\\b(?:instead\\s+of|rather\\s+than|in\\s+place\\s+of|not\\s+in|from)\\s+(?:the\\s+)?$");

  /** The facts in {@code text}. */
  static Facts of(String text) {
    List<String> doubts = new ArrayList<>();
    List<SittingTimes.Range> times = SittingTimes.find(timesPart(text), doubts);
    Optional<Venues.Found> found = Venues.find(text);
    Optional<String> venue = found.map(Venues.Found::name);
    boolean spill = SPILL_OVER.matcher(text).find();
    List<Topic> topics = spill ? List.of(Topic.of(Topics.SPILL_OVER)) : topics(text);
    return new Facts(
        times, venue, topics, ClusterMentions.in(text), spill, doubts, otherRoom(text, found));
  }

  /** A second, different room the same words name for the meeting, unless set apart as unused. */
  private static Optional<String> otherRoom(String text, Optional<Venues.Found> first) {
    if (first.isEmpty()) {
      return Optional.empty();
    }
    String rest = text.substring(first.get().end());
    return Venues.find(rest)
        .filter(other -> !other.name().equals(first.get().name()))
        .filter(other -> !NOT_THIS_ROOM.matcher(rest.substring(0, other.start())).find())
        .map(Venues.Found::name);
  }

  /** These facts, with what they lack taken from {@code other}. */
  Facts or(Facts other) {
    boolean ownTimes = !times.isEmpty();
    Set<Cluster> all = EnumSet.noneOf(Cluster.class);
    all.addAll(clusters.isEmpty() ? other.clusters : clusters);
    return new Facts(
        ownTimes ? times : other.times,
        venue.or(other::venue),
        topics.isEmpty() ? other.topics : topics,
        all,
        spillOver,
        ownTimes ? doubts : other.doubts,
        venue.isPresent() ? otherRoom : other.otherRoom);
  }

  /** These facts with the times (and their doubts) of {@code other}. */
  Facts withTimesOf(Facts other) {
    return new Facts(other.times, venue, topics, clusters, spillOver, other.doubts, otherRoom);
  }

  /**
   * Puts the facts in {@code draft}: only what it lacks, or (for a sentence that goes on about the
   * meeting, "It will be held from ...") everything it states.
   */
  void fill(DraftBuilder draft, boolean override) {
    if (!times.isEmpty() && (override || draft.times.isEmpty())) {
      draft.times = times;
      draft.doubts.addAll(doubts);
    }
    if (venue.isPresent() && (override || draft.venue.isEmpty())) {
      draft.venue = venue;
      otherRoom.ifPresent(
          room ->
              draft.doubts.add(
                  "the letter names two rooms for this meeting, "
                      + venue.get()
                      + " and "
                      + room
                      + "; the first is shown. Check it."));
    }
    if (!topics.isEmpty() && (override || draft.topics.isEmpty())) {
      draft.topics = topics;
    }
    draft.clusters.addAll(clusters);
    draft.spillOver |= spillOver;
  }

  private static List<Topic> topics(String sentence) {
    Matcher lead = TOPIC_LEAD.matcher(sentence);
    if (!lead.find()) {
      return List.of();
    }
    String listed = lead.group(1).replaceAll("(?i)^(?:a\\s+)?discussion\\s+of\\s+", "");
    int colon = listed.lastIndexOf(':');
    if (colon >= 0) {
      listed = listed.substring(colon + 1);
    }
    List<Topic> topics = Topics.fromSentence(listed);
    return Topics.clusters(topics).isEmpty() ? List.of() : topics;
  }

  /** The part of a text that holds times: from the first to the last. */
  private static String timesPart(String text) {
    int[] span = SittingTimes.span(text);
    // A few characters before the first time keep a "between" that joins it to the next.
    return span[0] < 0 ? "" : text.substring(Math.max(0, span[0] - 8), span[1]);
  }
}
