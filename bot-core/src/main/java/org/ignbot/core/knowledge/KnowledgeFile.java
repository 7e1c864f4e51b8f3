package org.ignbot.core.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ignbot.core.text.DataFileException;
import org.ignbot.core.text.YamlData;
import tools.jackson.databind.JsonNode;

/** Reads the knowledge file (YAML): {@code facts:} and {@code co-chairs:}. */
public final class KnowledgeFile {

  private KnowledgeFile() {}

  public static Knowledge parse(String text, String name) {
    JsonNode root = YamlData.root(text, name, "'facts:' and 'co-chairs:'");
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
                YamlData.strings(node.path("names")),
                node.path("title").asString(key),
                YamlData.strings(node.path("text")),
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
}
