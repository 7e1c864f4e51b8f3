package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Topic;
import org.ignbot.core.text.Words;

/**
 * Topics as a letter's table cell or sentence lists them: split where a new topic starts, lost
 * hyphens put back, matched to the five clusters, with the State or group presenting a model.
 */
final class Topics {
  static final String SPILL_OVER = "Reserved for possible spill-over";

  /** Words that start a topic of their own inside a run of text from one table cell. */
  private static final List<String> STARTERS;

  static {
    List<String> starters = new ArrayList<>();
    for (Cluster cluster : Cluster.values()) {
      starters.add(Words.fold(cluster.officialName()));
      cluster.words().forEach(word -> starters.add(Words.fold(word)));
    }
    starters.addAll(
        List.of(
            "model discussion",
            "models",
            "reserved for possible",
            "structured dialogue",
            "presentation",
            "the question of",
            "working methods",
            "size of"));
    STARTERS = List.copyOf(starters);
  }

  /** Each cluster's names and words, folded once, with spaces around for whole-word matching. */
  private static final Map<Cluster, List<String>> CLUSTER_PHRASES = clusterPhrases();

  private static Map<Cluster, List<String>> clusterPhrases() {
    Map<Cluster, List<String>> phrases = new java.util.EnumMap<>(Cluster.class);
    for (Cluster cluster : Cluster.values()) {
      List<String> words = new ArrayList<>();
      words.add(cluster.officialName());
      words.add(cluster.key().replace("-", " "));
      words.addAll(cluster.words());
      phrases.put(cluster, words.stream().map(word -> " " + Words.fold(word) + " ").toList());
    }
    return phrases;
  }

  /** Words whose hyphen extraction loses. */
  private static final Map<String, String> HYPHENS =
      Map.of(
          "crossregional", "cross-regional",
          "nonpermanent", "non-permanent",
          "longterm", "long-term",
          "followup", "follow-up",
          "spillover", "spill-over");

  private static final Pattern PRESENTER =
      Pattern.compile(
          "(?:model|models|proposal|presentation)\\s+(?:presented\\s+|submitted\\s+)?by\\s+"
              + "(?:the\\s+)?((?:[A-Z][\\p{L}.'-]*|of|and)(?:\\s+(?:[A-Z][\\p{L}.'-]*|of|and))*)");
  private static final Pattern GROUP_MODEL =
      Pattern.compile(
          "\\b(G4|UfC|Uniting for Consensus|African Group|C-10|L\\.69|CARICOM|Arab Group"
              + "|Liechtenstein)(?:'s)?\\s+(?:revised\\s+)?model",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> JOINING =
      Set.of("of", "the", "and", "on", "to", "for", "by", "in", "a", "an", "with", "&");
  private static final Pattern NUMBERING = Pattern.compile("^\\(?\\d{1,2}[).]\\s*");

  private Topics() {}

  /** The topics in one table cell or run of cells. */
  static List<Topic> fromCell(String text) {
    List<Topic> topics = new ArrayList<>();
    for (String part : text.split("\\t|;|\\s{3,}|\\s•\\s|\\n")) {
      for (String piece : splitAtStarters(part.strip())) {
        topic(piece).ifPresent(topics::add);
      }
    }
    return topics;
  }

  /** The topics a sentence lists after "focus on", "devoted to" and the like. */
  static List<Topic> fromSentence(String listed) {
    List<Topic> topics = new ArrayList<>();
    String text =
        listed.replaceAll("(?i)^(?:the\\s+)?(?:clusters?|topics?|issues?)\\s+(?:of|on)\\s+", "");
    for (String part :
        text.split(";|,\\s+and\\s+|\\s+and\\s+(?=\\(\\d)|,\\s+(?=\\(\\d)|\\s+as well as\\s+")) {
      topic(part).ifPresent(topics::add);
    }
    return topics;
  }

  /** The clusters the topics are on. */
  static Set<Cluster> clusters(List<Topic> topics) {
    Set<Cluster> clusters = EnumSet.noneOf(Cluster.class);
    for (Topic topic : topics) {
      String folded = " " + Words.fold(topic.text()) + " ";
      for (Map.Entry<Cluster, List<String>> cluster : CLUSTER_PHRASES.entrySet()) {
        if (cluster.getValue().stream().anyMatch(folded::contains)) {
          clusters.add(cluster.getKey());
        }
      }
    }
    return clusters;
  }

  /** Whether a topic is the "Reserved for possible spill-over" line. */
  static boolean isSpillOver(Topic topic) {
    return topic.text().equals(SPILL_OVER);
  }

  private static List<String> splitAtStarters(String text) {
    List<String> pieces = new ArrayList<>();
    String[] words = text.split(" ");
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      boolean capital = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
      boolean joined = i > 0 && JOINING.contains(words[i - 1].toLowerCase(Locale.ROOT));
      if (depth == 0 && capital && !joined && current.length() > 0 && startsTopic(words, i)) {
        pieces.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(word);
      depth += count(word, '(') - count(word, ')');
    }
    if (current.length() > 0) {
      pieces.add(current.toString());
    }
    return pieces;
  }

  /** Whether a line begins like a topic of its own: "Crossregional representation". */
  static boolean startsWithTopic(String text) {
    return startsTopic(text.strip().split(" "), 0);
  }

  private static boolean startsTopic(String[] words, int from) {
    StringBuilder rest = new StringBuilder();
    for (int i = from; i < Math.min(words.length, from + 8); i++) {
      rest.append(words[i]).append(' ');
    }
    String folded = Words.fold(rest.toString()) + " ";
    return STARTERS.stream().anyMatch(starter -> folded.startsWith(starter + " "));
  }

  private static Optional<Topic> topic(String raw) {
    String text = NUMBERING.matcher(raw.strip()).replaceFirst("").strip();
    text = text.replaceAll("^[,.:;\\-]+|[,.;:\\-]+$", "").strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (Words.fold(text).matches(".*\\bspill\\s?-?\\s?over\\b.*|^reserved for possible spill.*")) {
      return Optional.of(Topic.of(SPILL_OVER));
    }
    text = hyphens(text);
    text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return Optional.of(new Topic(text, presenter(text)));
  }

  private static Optional<String> presenter(String text) {
    Matcher by = PRESENTER.matcher(text);
    if (by.find()) {
      return Optional.of(by.group(1).replaceAll("\\s+(?:of|and)$", "").strip());
    }
    Matcher group = GROUP_MODEL.matcher(text);
    return group.find() ? Optional.of(group.group(1)) : Optional.empty();
  }

  private static String hyphens(String text) {
    StringBuilder out = new StringBuilder();
    Matcher word = Pattern.compile("\\p{L}+").matcher(text);
    int last = 0;
    while (word.find()) {
      out.append(text, last, word.start());
      String found = word.group();
      String fixed = HYPHENS.get(found.toLowerCase(Locale.ROOT));
      if (fixed == null) {
        out.append(found);
      } else {
        out.append(
            Character.isUpperCase(found.charAt(0))
                ? Character.toUpperCase(fixed.charAt(0)) + fixed.substring(1)
                : fixed);
      }
      last = word.end();
    }
    return out.append(text.substring(last)).toString();
  }

  private static int count(String word, char c) {
    return (int) word.chars().filter(ch -> ch == c).count();
  }
}
