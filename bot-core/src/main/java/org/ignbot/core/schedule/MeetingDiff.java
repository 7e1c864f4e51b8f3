package org.ignbot.core.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ignbot.core.time.TimeFormat;

/**
 * The fields that differ between two versions of a meeting, as people read them (was/now). Notes
 * only added come as "note added" with an empty {@code was}.
 */
public final class MeetingDiff {
  private MeetingDiff() {}

  /** Title, date, sittings, venue, topics, clusters, notes and status that changed. */
  public static List<FieldChange> between(Meeting was, Meeting now) {
    List<FieldChange> fields = new ArrayList<>();
    add(fields, "title", was.title(), now.title());
    add(fields, "date", TimeFormat.longDay(was.date()), TimeFormat.longDay(now.date()));
    add(fields, "sittings", sittings(was), sittings(now));
    add(fields, "venue", was.venue().orElse("not announced"), now.venue().orElse("not announced"));
    add(fields, "topics", topics(was), topics(now));
    add(fields, "clusters", clusters(was), clusters(now));
    if (now.notes().size() > was.notes().size()
        && now.notes().subList(0, was.notes().size()).equals(was.notes())) {
      // Only notes added: say which, rather than repeating the old ones.
      for (String note : now.notes().subList(was.notes().size(), now.notes().size())) {
        fields.add(new FieldChange("note added", "", note));
      }
    } else {
      add(fields, "notes", notes(was), notes(now));
    }
    add(fields, "status", status(was), status(now));
    return fields;
  }

  /** "10:00–13:00, 15:00–18:00 (spill-over)", or "not announced". */
  public static String sittings(Meeting meeting) {
    if (meeting.sittings().isEmpty()) {
      return "not announced";
    }
    return meeting.sittings().stream()
        .map(
            sitting ->
                TimeFormat.venueRange(sitting) + (sitting.spillOver() ? " (spill-over)" : ""))
        .collect(Collectors.joining(", "));
  }

  private static String topics(Meeting meeting) {
    if (meeting.topics().isEmpty()) {
      return "none";
    }
    return meeting.topics().stream()
        .map(
            topic ->
                topic.text()
                    + topic
                        .presenter()
                        .filter(presenter -> !topic.text().contains(presenter))
                        .map(presenter -> " (presented by " + presenter + ")")
                        .orElse(""))
        .collect(Collectors.joining("; "));
  }

  private static String clusters(Meeting meeting) {
    return meeting.clusters().isEmpty()
        ? "none"
        : meeting.clustersInOrder().stream().map(Cluster::key).collect(Collectors.joining(", "));
  }

  private static String notes(Meeting meeting) {
    return meeting.notes().isEmpty() ? "none" : String.join(" / ", meeting.notes());
  }

  private static String status(Meeting meeting) {
    return meeting.isCancelled() ? "cancelled" : "scheduled";
  }

  private static void add(List<FieldChange> fields, String field, String was, String now) {
    if (!Objects.equals(was, now)) {
      fields.add(new FieldChange(field, was, now));
    }
  }
}
