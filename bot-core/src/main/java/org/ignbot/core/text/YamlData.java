package org.ignbot.core.text;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reading the bot's human-edited YAML files, with one clear line for every mistake. */
public final class YamlData {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private YamlData() {}

  /** The top-level mapping of a file; {@code expected} says which keys belong there. */
  public static JsonNode root(String text, String name, String expected) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JacksonException e) {
      throw new DataFileException(name + ": not valid YAML (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new DataFileException(name + ": expected " + expected + " at the top");
    }
    return root;
  }

  /** A list of plain texts (a single text counts as a list of one). */
  public static List<String> strings(JsonNode node) {
    if (node.isValueNode() && !node.isNull()) {
      return List.of(plain(node));
    }
    List<String> values = new ArrayList<>();
    for (JsonNode value : node.values()) {
      values.add(plain(value));
    }
    return values;
  }

  /** A plain text value; a nested entry is a mistake (usually unquoted text holding ": "). */
  public static String plain(JsonNode value) {
    if (!value.isValueNode()) {
      throw new IllegalArgumentException(
          "expected plain text but found a nested entry (quote text that holds \": \")");
    }
    return value.asString();
  }
}
