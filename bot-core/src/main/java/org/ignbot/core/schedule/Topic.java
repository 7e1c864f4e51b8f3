package org.ignbot.core.schedule;

import java.util.Objects;
import java.util.Optional;

/**
 * A topic of a meeting as the letter words it. {@code presenter} names the State or group that
 * presents a model, when the topic is a model discussion.
 */
public record Topic(String text, Optional<String> presenter) {
  public Topic {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(presenter, "presenter");
    text = text.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a topic has text");
    }
  }

  public static Topic of(String text) {
    return new Topic(text, Optional.empty());
  }
}
