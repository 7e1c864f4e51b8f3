package org.ignbot.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.Environment;

/**
 * A properties record bound under the prefix its {@code @ConfigurationProperties} names, by
 * Spring's {@link Binder}: what the conditions (before any bean exists) and the one-shot runs
 * (without a context) read, so that they and the context's own beans never disagree on a setting's
 * name.
 */
final class Settings {
  private Settings() {}

  static <T> T bind(Environment environment, Class<T> type) {
    return bind(Binder.get(environment), type);
  }

  static <T> T bind(Binder binder, Class<T> type) {
    return binder.bindOrCreate(prefix(type), type);
  }

  /** The prefix of a {@code @ConfigurationProperties} type. */
  static String prefix(Class<?> type) {
    return MergedAnnotations.from(type)
        .get(ConfigurationProperties.class)
        .getValue("prefix", String.class)
        .orElseThrow(() -> new IllegalArgumentException(type + " has no prefix"));
  }
}
