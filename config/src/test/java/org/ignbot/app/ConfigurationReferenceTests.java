package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every setting the bot reads has a row, with its environment variable, in the configuration
 * reference (docs/configuration.md).
 */
class ConfigurationReferenceTests {
  /** Settings read from the environment only, so not in application.yml. */
  private static final List<String> ENVIRONMENT_ONLY =
      List.of(
          "slack.bot.token",
          "slack.signing.secret",
          "slack.app.token",
          "discord.token",
          "discord.guild-id",
          "ign.discord.api-url",
          "ign.discord.gateway-url",
          "ign.clock.as-of",
          "ign.reminders.instance-name",
          "ign.terminal.enabled",
          "spring.profiles.active",
          "spring.datasource.url");

  @Test
  void everyIgnSettingHasARowWithItsEnvironmentVariable() throws IOException {
    String readme = Files.readString(Path.of("..", "docs", "configuration.md"));
    List<String> settings = new ArrayList<>(ENVIRONMENT_ONLY);
    for (String file : List.of("application.yml", "application-prod.yml")) {
      try (InputStream in = getClass().getResourceAsStream("/" + file)) {
        flatten("", new Yaml().load(in), settings);
      }
    }

    assertThat(settings)
        .filteredOn(setting -> setting.startsWith("ign."))
        .hasSizeGreaterThan(10)
        .allSatisfy(
            setting ->
                assertThat(readme)
                    .as(setting)
                    .contains("| `" + setting + "` | `" + environmentVariable(setting) + "` |"));
    assertThat(ENVIRONMENT_ONLY)
        .allSatisfy(
            setting ->
                assertThat(readme).as(setting).contains("`" + environmentVariable(setting) + "`"));
  }

  private static String environmentVariable(String setting) {
    return setting.replace('.', '_').replace('-', '_').toUpperCase(java.util.Locale.ROOT);
  }

  @SuppressWarnings("unchecked")
  private static void flatten(String prefix, Object node, List<String> into) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (key, value) ->
              flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, value, into));
    } else {
      into.add(prefix);
    }
  }
}
