package org.ignbot.core.letter;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ignbot.core.schedule.Cluster;

/**
 * The clusters a sentence or cell speaks of, in the words letters use: "on categories of
 * membership", "will focus on regional representation", "the size of an enlarged Security Council
 * and the working methods", "the five clusters in a holistic manner" (all five). The IGN's own long
 * title ("... increase in the membership of the Security Council and other matters related to the
 * Council") is left out first: it names no cluster.
 */
final class ClusterMentions {
  private static final Pattern IGN_TITLE =
      Pattern.compile(
          "(?i)question\\s+of\\s+equitable\\s+representation\\s+on\\s+and\\s+increase\\s+in\\s+the"
              + "\\s+membership\\s+of\\s+the\\s+security\\s+council(?:\\s+and\\s+other\\s+(?:related\\s+)?"
              + "matters\\s+related\\s+to\\s+the\\s+(?:security\\s+)?council"
              + "|\\s+and\\s+other\\s+related\\s+matters(?:\\s+to\\s+the\\s+(?:security\\s+)?council)?)?");
  private static final Pattern ALL_FIVE =
      Pattern.compile(
          "(?i)\\b(?:all|the)\\s+(?:five|5)\\s+(?:clusters|key\\s+issues|issues)\\b"
              + "|\\ball\\s+(?:the\\s+)?clusters\\b");
  private static final Map<Cluster, Pattern> PHRASES =
      Map.of(
          Cluster.CATEGORIES,
          Pattern.compile(
              "(?i)\\bcategor(?:y|ies)\\b|\\bnon-?permanent\\b|\\blong-?term\\s+seats\\b"
                  + "|\\bpermanent\\s+seats\\b"),
          Cluster.VETO,
          Pattern.compile("(?i)\\bveto\\b|\\barticle\\s+27\\b"),
          Cluster.REGIONAL,
          Pattern.compile(
              "(?i)\\bregional\\s+representation\\b|\\bcross-?\\s?regional\\b"
                  + "|\\bgeographical\\s+(?:representation|distribution)\\b"),
          Cluster.SIZE_METHODS,
          Pattern.compile(
              "(?i)\\bsize\\s+of\\s+(?:an\\s+|the\\s+)?(?:enlarged|expanded|reformed)?\\s*"
                  + "(?:security\\s+)?council\\b|\\bworking\\s+methods\\b|\\bsize\\s+and\\b"),
          Cluster.RELATIONSHIP,
          Pattern.compile(
              "(?i)\\brelationship\\s+(?:between|of|with)\\s+the\\b"
                  + "|\\b(?:security\\s+)?council\\s*-\\s*general\\s+assembly\\s+relation"
                  + "|\\brelationship\\s+between\\s+the\\s+general\\s+assembly\\b"));

  private ClusterMentions() {}

  /** The words that name one cluster. */
  static Pattern phrase(Cluster cluster) {
    return PHRASES.get(cluster);
  }

  /** The clusters {@code text} names; "all five clusters" names every one. */
  static Set<Cluster> in(String text) {
    String said = IGN_TITLE.matcher(text).replaceAll(" ");
    if (ALL_FIVE.matcher(said).find()) {
      return EnumSet.allOf(Cluster.class);
    }
    Set<Cluster> clusters = EnumSet.noneOf(Cluster.class);
    PHRASES.forEach(
        (cluster, phrase) -> {
          if (phrase.matcher(said).find()) {
            clusters.add(cluster);
          }
        });
    return clusters;
  }
}
