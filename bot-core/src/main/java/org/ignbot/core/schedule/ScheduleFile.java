package org.ignbot.core.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ignbot.core.text.DataFileException;
import org.ignbot.core.text.YamlData;
import org.ignbot.core.time.GaSession;
import org.ignbot.core.time.VenueTime;
import tools.jackson.databind.JsonNode;

/**
 * Reads the human-editable schedule file (YAML): sources by id, then meetings. Every mistake is
 * reported with the meeting and field it is in, and nothing is half-read.
 */
public final class ScheduleFile {
  private static final Pattern RANGE =
      Pattern.compile("(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})(\\s+spill-over)?");

  private ScheduleFile() {}

  /** Parses the file's text; {@code name} is used in messages. */
  public static Schedule parse(String text, String name) {
    JsonNode root = YamlData.root(text, name, "'sources:' and 'meetings:'");
    Map<String, Source> sources = readSources(root.path("sources"), name);
    List<Meeting> meetings = new ArrayList<>();
    int index = 0;
    for (JsonNode node : root.path("meetings").values()) {
      index++;
      String where = name + ": meeting " + text(node, "id").orElse("#" + index);
      try {
        meetings.add(readMeeting(node, sources, where));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new DataFileException(where + ": " + e.getMessage());
      }
    }
    try {
      return new Schedule(meetings);
    } catch (IllegalArgumentException e) {
      throw new DataFileException(name + ": " + e.getMessage());
    }
  }

  private static Map<String, Source> readSources(JsonNode node, String name) {
    Map<String, Source> sources = new HashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode source = entry.getValue();
      try {
        sources.put(
            entry.getKey(),
            new Source(
                entry.getKey(),
                required(source, "title"),
                text(source, "date").map(LocalDate::parse),
                YamlData.strings(source.path("signatories")),
                YamlData.strings(source.path("notes"))));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new DataFileException(name + ": source " + entry.getKey() + ": " + e.getMessage());
      }
    }
    return sources;
  }

  private static Meeting readMeeting(JsonNode node, Map<String, Source> sources, String where) {
    LocalDate date = date(required(node, "date"));
    String sourceId = required(node, "source");
    Source source = sources.get(sourceId);
    if (source == null) {
      throw new IllegalArgumentException("no source '" + sourceId + "' under 'sources:'");
    }
    List<Sitting> sittings = new ArrayList<>();
    for (String range : YamlData.strings(node.path("sittings"))) {
      sittings.add(sitting(date, range));
    }
    List<Topic> topics = new ArrayList<>();
    for (JsonNode topic : node.path("topics").values()) {
      topics.add(
          topic.isObject()
              ? new Topic(required(topic, "text"), text(topic, "presenter"))
              : Topic.of(YamlData.plain(topic)));
    }
    Set<Cluster> clusters = EnumSet.noneOf(Cluster.class);
    for (String key : YamlData.strings(node.path("clusters"))) {
      clusters.add(
          Cluster.fromKey(key)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown cluster '" + key + "' (use " + Cluster.keys() + ")")));
    }
    MeetingStatus status =
        text(node, "status")
            .map(value -> MeetingStatus.valueOf(value.toUpperCase(Locale.ROOT)))
            .orElse(MeetingStatus.SCHEDULED);
    return new Meeting(
        required(node, "id"),
        node.path("session").asInt(GaSession.of(date)),
        required(node, "title"),
        date,
        sittings,
        text(node, "venue"),
        topics,
        clusters,
        YamlData.strings(node.path("notes")),
        status,
        node.path("revision").asInt(1),
        text(node, "updated").map(Instant::parse),
        source);
  }

  /** The meeting's day; a refusal names the field and what would do. */
  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "field date: \"" + text + "\" is not a day of the calendar (write it YYYY-MM-DD)");
    }
  }

  private static Sitting sitting(LocalDate date, String range) {
    Matcher matcher = RANGE.matcher(range.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "sitting '" + range + "' is not a range like 10:00-13:00 (optionally 'spill-over')");
    }
    try {
      return new Sitting(
          date.atTime(time(matcher.group(1))).atZone(VenueTime.ZONE),
          date.atTime(time(matcher.group(2))).atZone(VenueTime.ZONE),
          matcher.group(3) != null);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("sitting '" + range + "' has a time that does not exist");
    }
  }

  private static LocalTime time(String text) {
    return LocalTime.parse(text.length() == 4 ? "0" + text : text);
  }

  private static String required(JsonNode node, String field) {
    return text(node, field)
        .orElseThrow(() -> new IllegalArgumentException("'" + field + "' is missing"));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    String text = value.asString().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
