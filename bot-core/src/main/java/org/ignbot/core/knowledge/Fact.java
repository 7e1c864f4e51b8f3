package org.ignbot.core.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * Short facts on one subject, with their source. {@code names} are the words people use to ask for
 * it ("G4", "group of four").
 */
public record Fact(String key, List<String> names, String title, List<String> text, String source) {
  public Fact {
    Objects.requireNonNull(key);
    Objects.requireNonNull(title);
    Objects.requireNonNull(source);
    names = List.copyOf(names);
    text = List.copyOf(text);
    if (text.isEmpty() || source.isBlank()) {
      throw new IllegalArgumentException("fact " + key + " needs text and a source");
    }
  }
}
