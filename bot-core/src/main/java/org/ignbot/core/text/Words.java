package org.ignbot.core.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Folds text for matching: case, accents, hyphens and spacing do not count. */
public final class Words {
  private Words() {}

  /** "Cross-regional Représentation" becomes "crossregional representation". */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String plain = decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    return plain
        .replaceAll("[\\-‐‑‒–—]", "")
        .replaceAll("[^\\p{L}\\p{N}()]+", " ")
        .replaceAll("[()]", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** The folded words of a text. */
  public static List<String> split(String text) {
    String folded = fold(text);
    return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
  }

  /** Whether every word of {@code query} occurs as a word in {@code text}. */
  public static boolean containsAll(String text, String query) {
    List<String> haystack = split(text);
    List<String> needles = split(query);
    return !needles.isEmpty() && haystack.containsAll(needles);
  }

  /** Whether the folded phrase occurs in the folded text at word boundaries. */
  public static boolean containsPhrase(String text, String phrase) {
    String folded = " " + fold(text) + " ";
    String needle = " " + fold(phrase) + " ";
    return !needle.isBlank() && folded.contains(needle);
  }

  /** Levenshtein distance, for "did you mean". */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
