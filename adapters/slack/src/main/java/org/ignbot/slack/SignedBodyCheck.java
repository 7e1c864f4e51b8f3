package org.ignbot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a signed body must be before Bolt reads it. Slack never sends a field twice, but a parser
 * keeps the last of two {@code user_id}s, so a body that names its sender twice is refused; and a
 * body without the workspace or the user it comes from cannot be answered, so it is refused with
 * one line rather than failing inside a handler.
 */
final class SignedBodyCheck {
  private SignedBodyCheck() {}

  /** Why the body must be refused (a short phrase for the log and the answer), or empty. */
  static Optional<String> problem(String body) {
    try {
      if (body.stripLeading().startsWith("{")) {
        return json(body);
      }
      return form(body);
    } catch (IOException | RuntimeException e) {
      return Optional.of("a body that is neither a form nor JSON");
    }
  }

  private static Optional<String> form(String body) throws IOException {
    Map<String, String> fields = new HashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (fields.put(name, value) != null) {
        return Optional.of("the field " + shown(name) + " twice");
      }
    }
    if (fields.containsKey("payload")) {
      Optional<String> duplicate = duplicateName(fields.get("payload"));
      if (duplicate.isPresent()) {
        return duplicate;
      }
      JsonObject payload = JsonParser.parseString(fields.get("payload")).getAsJsonObject();
      return missing(text(payload, "team", "id"), "team")
          .or(() -> missing(text(payload, "user", "id"), "user"));
    }
    if (fields.containsKey("command")) {
      return missing(fields.get("team_id"), "team_id")
          .or(() -> missing(fields.get("user_id"), "user_id"));
    }
    return Optional.empty();
  }

  private static Optional<String> json(String body) throws IOException {
    Optional<String> duplicate = duplicateName(body);
    if (duplicate.isPresent()) {
      return duplicate;
    }
    JsonObject event = JsonParser.parseString(body).getAsJsonObject();
    if ("event_callback".equals(text(event, "type"))) {
      return missing(text(event, "team_id"), "team_id");
    }
    return Optional.empty();
  }

  /** A name given twice in one JSON object, at any depth; walked without recursion. */
  private static Optional<String> duplicateName(String json) throws IOException {
    Deque<Set<String>> open = new ArrayDeque<>();
    try (JsonReader in = new JsonReader(new StringReader(json))) {
      while (true) {
        JsonToken token = in.peek();
        switch (token) {
          case BEGIN_OBJECT -> {
            in.beginObject();
            open.push(new HashSet<>());
          }
          case BEGIN_ARRAY -> {
            in.beginArray();
            open.push(new HashSet<>());
          }
          case END_OBJECT -> {
            in.endObject();
            open.pop();
          }
          case END_ARRAY -> {
            in.endArray();
            open.pop();
          }
          case NAME -> {
            String name = in.nextName();
            if (!open.getFirst().add(name)) {
              return Optional.of("the field " + shown(name) + " twice");
            }
          }
          case END_DOCUMENT -> {
            return Optional.empty();
          }
          default -> in.skipValue();
        }
      }
    }
  }

  private static Optional<String> missing(String value, String name) {
    return value == null || value.isBlank() ? Optional.of("no " + name) : Optional.empty();
  }

  private static String text(JsonObject object, String... path) {
    JsonElement current = object;
    for (String name : path) {
      if (current == null || !current.isJsonObject()) {
        return null;
      }
      current = current.getAsJsonObject().get(name);
    }
    return current != null && current.isJsonPrimitive() ? current.getAsString() : null;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /** A field name as logged: letters, digits and underscores only, and short. */
  private static String shown(String name) {
    String plain = name.replaceAll("[^A-Za-z0-9_.]", "?");
    return plain.length() > 30 ? plain.substring(0, 30) + "…" : plain;
  }
}
