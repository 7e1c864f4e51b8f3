package org.ignbot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.FieldChange;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.schedule.Topic;
import org.ignbot.core.time.VenueTime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts of the schedule kept as JSON text: lists inside a meeting, and whole meetings inside a
 * change. Written by hand, field by field, so that the stored form does not follow the records'
 * shape by accident.
 */
final class ScheduleJson {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ScheduleJson() {}

  static String sittings(List<Sitting> sittings) {
    ArrayNode array = JSON.createArrayNode();
    for (Sitting sitting : sittings) {
      ObjectNode node = array.addObject();
      // With the offset, so that the instant is exact even in the hour clocks repeat.
      node.put("start", sitting.start().toOffsetDateTime().toString());
      node.put("end", sitting.end().toOffsetDateTime().toString());
      node.put("spillOver", sitting.spillOver());
    }
    return JSON.writeValueAsString(array);
  }

  static List<Sitting> sittings(String json) {
    List<Sitting> sittings = new ArrayList<>();
    for (JsonNode node : JSON.readTree(json).values()) {
      sittings.add(
          new Sitting(
              venueTime(node.get("start").stringValue()),
              venueTime(node.get("end").stringValue()),
              node.get("spillOver").booleanValue()));
    }
    return sittings;
  }

  static String topics(List<Topic> topics) {
    ArrayNode array = JSON.createArrayNode();
    for (Topic topic : topics) {
      ObjectNode node = array.addObject();
      node.put("text", topic.text());
      topic.presenter().ifPresent(presenter -> node.put("presenter", presenter));
    }
    return JSON.writeValueAsString(array);
  }

  static List<Topic> topics(String json) {
    List<Topic> topics = new ArrayList<>();
    for (JsonNode node : JSON.readTree(json).values()) {
      topics.add(new Topic(node.get("text").stringValue(), optionalText(node, "presenter")));
    }
    return topics;
  }

  static String strings(List<String> strings) {
    ArrayNode array = JSON.createArrayNode();
    strings.forEach(array::add);
    return JSON.writeValueAsString(array);
  }

  static List<String> strings(String json) {
    return strings(JSON.readTree(json));
  }

  static String clusters(Set<Cluster> clusters) {
    return String.join(",", clusters.stream().sorted().map(Cluster::key).toList());
  }

  static Set<Cluster> clusters(String keys) {
    Set<Cluster> clusters = EnumSet.noneOf(Cluster.class);
    for (String key : keys.split(",")) {
      if (!key.isEmpty()) {
        clusters.add(
            Cluster.fromKey(key)
                .orElseThrow(() -> new IllegalStateException("unknown cluster " + key)));
      }
    }
    return clusters;
  }

  static String source(Source source) {
    return JSON.writeValueAsString(sourceNode(source));
  }

  static Source source(String json) {
    return source(JSON.readTree(json));
  }

  static String meeting(Meeting meeting) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", meeting.id());
    node.put("session", meeting.session());
    node.put("title", meeting.title());
    node.put("date", meeting.date().toString());
    node.set("sittings", JSON.readTree(sittings(meeting.sittings())));
    meeting.venue().ifPresent(venue -> node.put("venue", venue));
    node.set("topics", JSON.readTree(topics(meeting.topics())));
    node.put("clusters", clusters(meeting.clusters()));
    node.set("notes", JSON.readTree(strings(meeting.notes())));
    node.put("status", meeting.status().name());
    node.put("revision", meeting.revision());
    meeting.updated().ifPresent(updated -> node.put("updated", updated.toString()));
    node.set("source", sourceNode(meeting.source()));
    return JSON.writeValueAsString(node);
  }

  static Meeting meeting(String json) {
    JsonNode node = JSON.readTree(json);
    return new Meeting(
        node.get("id").stringValue(),
        node.get("session").intValue(),
        node.get("title").stringValue(),
        LocalDate.parse(node.get("date").stringValue()),
        sittings(JSON.writeValueAsString(node.get("sittings"))),
        optionalText(node, "venue"),
        topics(JSON.writeValueAsString(node.get("topics"))),
        clusters(node.get("clusters").stringValue()),
        strings(node.get("notes")),
        MeetingStatus.valueOf(node.get("status").stringValue()),
        node.get("revision").intValue(),
        optionalText(node, "updated").map(Instant::parse),
        source(node.get("source")));
  }

  static String fields(List<FieldChange> fields) {
    ArrayNode array = JSON.createArrayNode();
    for (FieldChange field : fields) {
      array.addObject().put("field", field.field()).put("was", field.was()).put("now", field.now());
    }
    return JSON.writeValueAsString(array);
  }

  static List<FieldChange> fields(String json) {
    List<FieldChange> fields = new ArrayList<>();
    for (JsonNode node : JSON.readTree(json).values()) {
      fields.add(
          new FieldChange(
              node.get("field").stringValue(),
              node.get("was").stringValue(),
              node.get("now").stringValue()));
    }
    return fields;
  }

  private static ObjectNode sourceNode(Source source) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", source.id());
    node.put("title", source.title());
    source.date().ifPresent(date -> node.put("date", date.toString()));
    node.set("signatories", JSON.readTree(strings(source.signatories())));
    node.set("notes", JSON.readTree(strings(source.notes())));
    return node;
  }

  private static Source source(JsonNode node) {
    return new Source(
        node.get("id").stringValue(),
        node.get("title").stringValue(),
        optionalText(node, "date").map(LocalDate::parse),
        strings(node.get("signatories")),
        strings(node.get("notes")));
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    for (JsonNode value : array.values()) {
      strings.add(value.stringValue());
    }
    return strings;
  }

  private static Optional<String> optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.stringValue());
  }

  private static java.time.ZonedDateTime venueTime(String text) {
    return OffsetDateTime.parse(text).atZoneSameInstant(VenueTime.ZONE);
  }
}
