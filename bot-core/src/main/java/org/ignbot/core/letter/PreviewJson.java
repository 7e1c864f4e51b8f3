package org.ignbot.core.letter;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.FieldChange;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.schedule.Topic;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A preview as JSON, for scripts ({@code import --dry-run --json}); the README documents the
 * format. Every meeting the letter states is listed, with its change: added, changed, cancelled or
 * unchanged.
 */
public final class PreviewJson {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PreviewJson() {}

  public static String of(ImportPreview preview) {
    ObjectNode root = JSON.createObjectNode();
    root.set("source", source(preview));
    ObjectNode summary = root.putObject("summary");
    summary.put("added", preview.count(MeetingChange.Kind.ADDED));
    summary.put("changed", preview.count(MeetingChange.Kind.CHANGED));
    summary.put("cancelled", preview.count(MeetingChange.Kind.CANCELLED));
    summary.put("unchanged", preview.unchanged().size());
    record Entry(String change, Meeting meeting, List<FieldChange> fields) {}
    List<Entry> entries = new ArrayList<>();
    for (MeetingChange change : preview.changes()) {
      entries.add(
          new Entry(
              change.kind().name().toLowerCase(Locale.ROOT), change.after(), change.fields()));
    }
    preview.unchanged().forEach(meeting -> entries.add(new Entry("unchanged", meeting, List.of())));
    entries.sort(Comparator.comparing((Entry entry) -> entry.meeting().date()));
    ArrayNode meetings = root.putArray("meetings");
    for (Entry entry : entries) {
      ObjectNode node = meeting(meetings.addObject(), entry.meeting());
      node.put("change", entry.change());
      ArrayNode fields = node.putArray("fields");
      for (FieldChange field : entry.fields()) {
        fields
            .addObject()
            .put("field", field.field())
            .put("was", field.was())
            .put("now", field.now());
      }
    }
    ArrayNode warnings = root.putArray("warnings");
    preview.warnings().forEach(warnings::add);
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static ObjectNode source(ImportPreview preview) {
    Source source = preview.source();
    ObjectNode node = JSON.createObjectNode();
    node.put("id", source.id());
    node.put("title", source.title());
    node.put("date", source.date().map(Object::toString).orElse(null));
    ArrayNode signatories = node.putArray("signatories");
    source.signatories().forEach(signatories::add);
    ArrayNode notes = node.putArray("notes");
    source.notes().forEach(notes::add);
    node.put("file", preview.letter().fileName());
    node.put("sha256", preview.letter().sha256());
    return node;
  }

  private static ObjectNode meeting(ObjectNode node, Meeting meeting) {
    node.put("id", meeting.id());
    node.put("date", meeting.date().toString());
    node.put("title", meeting.title());
    node.put("session", meeting.session());
    node.put("status", meeting.status().name().toLowerCase(Locale.ROOT));
    ArrayNode sittings = node.putArray("sittings");
    for (Sitting sitting : meeting.sittings()) {
      sittings
          .addObject()
          .put("start", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(sitting.start()))
          .put("end", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(sitting.end()))
          .put("spillOver", sitting.spillOver());
    }
    node.put("venue", meeting.venue().orElse(null));
    ArrayNode topics = node.putArray("topics");
    for (Topic topic : meeting.topics()) {
      topics.addObject().put("text", topic.text()).put("presenter", topic.presenter().orElse(null));
    }
    ArrayNode clusters = node.putArray("clusters");
    meeting.clustersInOrder().stream().map(Cluster::key).forEach(clusters::add);
    ArrayNode notes = node.putArray("notes");
    meeting.notes().forEach(notes::add);
    node.put("revision", meeting.revision());
    return node;
  }
}
