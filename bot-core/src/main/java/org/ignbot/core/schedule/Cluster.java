package org.ignbot.core.schedule;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.text.Words;

/** The five key issues of GA decision 62/557, with the words people use for them. */
public enum Cluster {
  CATEGORIES(
      "categories",
      "Categories of membership",
      List.of(
          "categories of membership",
          "categories",
          "category",
          "membership",
          "permanent",
          "non-permanent",
          "new category",
          "long-term seats")),
  VETO(
      "veto",
      "The question of the veto",
      List.of("veto", "question of the veto", "article 27(3)", "article 27")),
  REGIONAL(
      "regional",
      "Regional representation",
      List.of(
          "regional representation",
          "regional",
          "regions",
          "cross-regional",
          "cross-regional representation",
          "africa",
          "sids")),
  SIZE_METHODS(
      "size-methods",
      "Size of an enlarged Security Council and working methods of the Council",
      List.of("size", "working methods", "methods", "size of an enlarged security council")),
  RELATIONSHIP(
      "relationship",
      "The relationship between the Council and the General Assembly",
      List.of(
          "relationship",
          "ga relationship",
          "relationship between the council and the general assembly",
          "annual report"));

  private final String key;
  private final String officialName;
  private final List<String> words;

  Cluster(String key, String officialName, List<String> words) {
    this.key = key;
    this.officialName = officialName;
    this.words = words;
  }

  /** The stable key used in files, feeds and JSON: {@code categories}, {@code size-methods}. */
  public String key() {
    return key;
  }

  /** The wording of decision 62/557. */
  public String officialName() {
    return officialName;
  }

  /** Words people use for this cluster. */
  public List<String> words() {
    return words;
  }

  /** The cluster a person means by a key or one of its words ("veto", "working methods"). */
  public static Optional<Cluster> fromWords(String text) {
    String folded = Words.fold(text);
    if (folded.isEmpty()) {
      return Optional.empty();
    }
    return Arrays.stream(values())
        .filter(
            cluster ->
                Words.fold(cluster.key).equals(folded)
                    || Words.fold(cluster.officialName).equals(folded)
                    || cluster.words.stream().anyMatch(word -> Words.fold(word).equals(folded)))
        .findFirst();
  }

  /** The cluster with exactly this key, as written in files and URLs. */
  public static Optional<Cluster> fromKey(String key) {
    return Arrays.stream(values()).filter(cluster -> cluster.key.equals(key)).findFirst();
  }

  /** The keys, for messages that say what would work. */
  public static String keys() {
    return String.join(", ", Arrays.stream(values()).map(Cluster::key).toList());
  }
}
