package org.ignbot.core.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ignbot.core.text.DataFileException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the knowledge file (YAML): {@code facts:} and {@code co-chairs:}. */
public final class KnowledgeFile {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private KnowledgeFile() {}

  public static Knowledge parse(String text, String name) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JacksonException e) {
      throw new DataFileException(name + ": not valid YAML (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new DataFileException(name + ": expected 'facts:' and 'co-chairs:' at the top");
    }
    List<Fact> facts = new ArrayList<>();
    for (JsonNode node : root.path("facts").values()) {
      String key = node.path("key").asString("");
      if (key.isBlank()) {
        throw new DataFileException(name + ": a fact has no 'key'");
      }
      try {
        facts.add(
            new Fact(
                key,
                strings(node.path("names")),
                node.path("title").asString(key),
                strings(node.path("text")),
                node.path("source").asString("")));
      } catch (IllegalArgumentException e) {
        throw new DataFileException(name + ": fact " + key + ": " + e.getMessage());
      }
    }
    JsonNode chairs = root.path("co-chairs");
    Map<Integer, String> bySession = new HashMap<>();
    for (Map.Entry<String, JsonNode> entry : chairs.path("sessions").properties()) {
      try {
        bySession.put(Integer.parseInt(entry.getKey()), entry.getValue().asString());
      } catch (NumberFormatException e) {
        throw new DataFileException(
            name + ": co-chairs session '" + entry.getKey() + "' is not a number");
      }
    }
    return new Knowledge(facts, bySession, chairs.path("source").asString(""));
  }

  private static List<String> strings(JsonNode node) {
    if (node.isString()) {
      return List.of(node.asString());
    }
    List<String> values = new ArrayList<>();
    for (JsonNode value : node.values()) {
      if (!value.isValueNode()) {
        throw new IllegalArgumentException(
            "expected plain text but found a nested entry (quote text that holds \": \")");
      }
      values.add(value.asString());
    }
    return values;
  }
}
