package org.ignbot.core.calendar;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ignbot.core.schedule.Meeting;

/** How the alarms of a calendar are said in the {@code ics} answer: "1 day and 2 hours". */
final class AlarmWords {
  private AlarmWords() {}

  /** The alarms of a feed: said once when every meeting has the same, else per subscription. */
  static Optional<String> feedLine(Map<Meeting, List<Duration>> alarms) {
    List<List<Duration>> distinct =
        alarms.values().stream().filter(each -> !each.isEmpty()).distinct().toList();
    if (distinct.isEmpty()) {
      return Optional.empty();
    }
    if (distinct.size() == 1 && !alarms.containsValue(List.of())) {
      List<Duration> all = distinct.get(0);
      return Optional.of(
          "With "
              + (all.size() == 1 ? "an alarm " : "alarms ")
              + leads(all)
              + " before each sitting, as in your reminders.");
    }
    return Optional.of(
        "With alarms on the meetings your subscriptions cover, at their lead times; the others"
            + " have none.");
  }

  /** "1 day, 2 hours and 15 minutes": one alarm each. */
  static String leads(List<Duration> alarms) {
    List<String> each = alarms.stream().map(AlarmWords::lead).toList();
    if (each.size() == 1) {
      return each.get(0);
    }
    return String.join(", ", each.subList(0, each.size() - 1))
        + " and "
        + each.get(each.size() - 1);
  }

  /** "1 day", "2 hours", "30 minutes", "1 hour 15 minutes". */
  static String lead(Duration duration) {
    List<String> parts = new ArrayList<>();
    if (duration.toDays() > 0) {
      parts.add(plural(duration.toDays(), "day"));
    }
    if (duration.toHoursPart() > 0) {
      parts.add(plural(duration.toHoursPart(), "hour"));
    }
    if (duration.toMinutesPart() > 0 || parts.isEmpty()) {
      parts.add(plural(duration.toMinutesPart(), "minute"));
    }
    return String.join(" ", parts);
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }
}
