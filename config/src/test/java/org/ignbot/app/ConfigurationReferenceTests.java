package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration reference (docs/configuration.md) lists exactly the bot's own settings ({@code
 * ign.*}, {@code slack.*}, {@code discord.*}) that Spring's configuration metadata, generated at
 * build from the properties records, holds; each with its environment variable.
 */
class ConfigurationReferenceTests {
  private static final Pattern ROW =
      Pattern.compile("(?m)^\\| `([a-z0-9.\\[\\]-]+)` \\| `([A-Z0-9_]+)` \\|");
  private static final List<String> OWN = List.of("ign.", "slack.", "discord.");

  /** Spring's own settings the bot reads from the environment only, so not in application.yml. */
  private static final List<String> SPRING_ENVIRONMENT_ONLY =
      List.of("spring.profiles.active", "spring.datasource.url");

  private static String reference() throws IOException {
    return Files.readString(Path.of("..", "docs", "configuration.md"));
  }

  /** Setting to environment variable, for each row of the reference. */
  private static Map<String, String> rows() throws IOException {
    Map<String, String> rows = new TreeMap<>();
    Matcher row = ROW.matcher(reference());
    while (row.find()) {
      rows.put(row.group(1), row.group(2));
    }
    return rows;
  }

  /** The bot's own settings in the generated metadata, with their descriptions. */
  private static Map<String, String> metadata() throws IOException {
    Map<String, String> settings = new TreeMap<>();
    try (InputStream in =
        ConfigurationReferenceTests.class.getResourceAsStream(
            "/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the configuration processor's output").isNotNull();
      for (JsonNode property : JsonMapper.builder().build().readTree(in).get("properties")) {
        String name = property.get("name").asString();
        if (OWN.stream().anyMatch(name::startsWith)) {
          JsonNode description = property.get("description");
          settings.put(name, description == null ? "" : description.asString());
        }
      }
    }
    return settings;
  }

  @Test
  void theReferenceListsEveryOwnSettingOfTheMetadataAndNothingElse() throws IOException {
    TreeSet<String> documented = new TreeSet<>(rows().keySet());
    documented.removeIf(setting -> OWN.stream().noneMatch(setting::startsWith));

    assertThat(metadata()).hasSizeGreaterThan(30);
    assertThat(documented).containsExactlyElementsOf(metadata().keySet());
  }

  @Test
  void everyOwnSettingHasADescriptionFromItsRecordsJavadoc() throws IOException {
    assertThat(metadata())
        .allSatisfy((name, description) -> assertThat(description).as(name).isNotBlank());
  }

  @Test
  void eachRowNamesTheEnvironmentVariableThatSetsIt() throws IOException {
    assertThat(rows())
        .hasSizeGreaterThan(30)
        .allSatisfy(
            (setting, variable) ->
                assertThat(variable).as(setting).isEqualTo(environmentVariable(setting)));
    assertThat(SPRING_ENVIRONMENT_ONLY)
        .allSatisfy(setting -> assertThat(rows()).containsKey(setting));
  }

  @Test
  void applicationYmlSetsOnlySettingsTheMetadataKnows() throws IOException {
    List<String> settings = new ArrayList<>();
    for (String file : List.of("application.yml", "application-prod.yml")) {
      try (InputStream in = getClass().getResourceAsStream("/" + file)) {
        flatten("", new Yaml().load(in), settings);
      }
    }

    assertThat(settings)
        .filteredOn(setting -> OWN.stream().anyMatch(setting::startsWith))
        .hasSizeGreaterThan(10)
        .allSatisfy(setting -> assertThat(metadata()).containsKey(setting));
  }

  private static String environmentVariable(String setting) {
    return setting.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
  }

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
