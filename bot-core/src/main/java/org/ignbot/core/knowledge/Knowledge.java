package org.ignbot.core.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ignbot.core.text.Words;

/**
 * What the bot may state about the IGN, each fact with its source, and the Co-Chairs by session.
 * Built from the knowledge file; nothing unverified goes in.
 */
public final class Knowledge {
  private final List<Fact> facts;
  private final SortedMap<Integer, String> coChairs;
  private final String coChairsSource;

  public Knowledge(List<Fact> facts, Map<Integer, String> coChairs, String coChairsSource) {
    this.facts = List.copyOf(facts);
    this.coChairs = new TreeMap<>(coChairs);
    this.coChairsSource = coChairsSource;
  }

  public List<Fact> facts() {
    return facts;
  }

  /** The fact a person means: by key, by one of its names, or by all the words they typed. */
  public Optional<Fact> find(String subject) {
    String folded = Words.fold(subject);
    if (folded.isEmpty()) {
      return Optional.empty();
    }
    return facts.stream()
        .filter(
            fact ->
                Words.fold(fact.key()).equals(folded)
                    || fact.names().stream().anyMatch(name -> Words.fold(name).equals(folded)))
        .findFirst()
        .or(
            () ->
                facts.stream()
                    .filter(
                        fact ->
                            Words.containsAll(
                                fact.title() + " " + String.join(" ", fact.names()), subject))
                    .findFirst());
  }

  /** The Co-Chairs of a session, if the bot has a verified record. */
  public Optional<String> coChairs(int session) {
    return Optional.ofNullable(coChairs.get(session));
  }

  /** The latest session with a verified record of its Co-Chairs, at or before {@code session}. */
  public Optional<Integer> latestCoChairsSessionUpTo(int session) {
    SortedMap<Integer, String> upTo = coChairs.headMap(session + 1);
    return upTo.isEmpty() ? Optional.empty() : Optional.of(upTo.lastKey());
  }

  public String coChairsSource() {
    return coChairsSource;
  }
}
