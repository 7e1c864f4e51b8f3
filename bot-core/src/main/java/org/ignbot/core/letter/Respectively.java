package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ignbot.core.schedule.Cluster;

/**
 * "... on 4 and 5 March, which will address categories of membership and the question of the veto,
 * respectively": the clusters go to the days in the order both are written, one each. When the
 * counts differ, every day keeps them all and a doubt says so.
 */
final class Respectively {
  private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");

  private Respectively() {}

  /** Shares the sentence's clusters among the meetings it convenes, if it says "respectively". */
  static void share(String sentence, List<DraftBuilder> group) {
    if (group.size() < 2 || !RESPECTIVELY.matcher(sentence).find()) {
      return;
    }
    List<Cluster> ordered = inOrder(sentence);
    if (ordered.size() != group.size()) {
      group.forEach(
          draft ->
              draft.doubts.add(
                  "the letter gives its clusters to its days \"respectively\", but names "
                      + ordered.size()
                      + " for "
                      + group.size()
                      + " days; each day has them all. Check it."));
      return;
    }
    for (int i = 0; i < group.size(); i++) {
      DraftBuilder draft = group.get(i);
      draft.topics = new ArrayList<>();
      draft.clusters.clear();
      draft.clusters.add(ordered.get(i));
    }
  }

  /** The clusters the text names, in the order it first names each. */
  private static List<Cluster> inOrder(String text) {
    Map<Integer, Cluster> at = new TreeMap<>(Comparator.naturalOrder());
    for (Cluster cluster : ClusterMentions.in(text)) {
      Matcher named = ClusterMentions.phrase(cluster).matcher(text);
      if (named.find()) {
        at.put(named.start(), cluster);
      }
    }
    return List.copyOf(at.values());
  }
}
